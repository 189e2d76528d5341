package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The inbox folder as the data team sees it: files dropped directly into it are imported, then
 * moved to {@code archive/YYYY-MM-DD/} or to {@code failed/}. Files that are still being written,
 * hidden files and the partial files that browsers and copy tools leave are not touched.
 * <p>
 * An EES release may come unzipped: {@code X.meta.csv} describes the data file {@code X.csv} and
 * travels with it; {@code data-guidance.txt} describes the data files it names and stays until
 * every data file beside it has gone.
 */
public record InboxFolder(Path path, Duration settle) {

	static final String ARCHIVE = "archive";

	static final String FAILED = "failed";

	static final String METADATA_SUFFIX = ".meta.csv";

	static final String RELEASE_GUIDANCE = "data-guidance.txt";

	/** What browsers and copy tools name a file they have not finished writing. */
	private static final List<String> PARTIAL_FILE_SUFFIXES = List.of(".part", ".tmp", ".crdownload");

	public InboxFolder {
		path = path.toAbsolutePath().normalize();
		Objects.requireNonNull(settle, "settle");
	}

	public Path archive(LocalDate day) {
		return this.path.resolve(ARCHIVE).resolve(day.toString());
	}

	public Path failed() {
		return this.path.resolve(FAILED);
	}

	/** A path as the data team finds it from the inbox, e.g. {@code failed/sen2.csv}. */
	public String relative(Path file) {
		return file.startsWith(this.path) ? this.path.relativize(file).toString() : file.toString();
	}

	/** The metadata file that describes a data file ({@code X.meta.csv} for {@code X.csv}), if it is there. */
	static Optional<Path> metadataOf(Path dataFile) {
		String name = dataFile.getFileName().toString();
		int dot = name.lastIndexOf('.');
		Path metadata = dataFile.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + METADATA_SUFFIX);
		return Files.isRegularFile(metadata) ? Optional.of(metadata) : Optional.empty();
	}

	/**
	 * What is in the inbox now: the data files ready to import (unchanged for {@link #settle}, and so
	 * are the files that describe them), those still changing, and the companion files.
	 */
	InboxContents scan(Instant now) throws IOException {
		List<Path> entries;
		try (Stream<Path> list = Files.list(this.path)) {
			entries = list.sorted().toList();
		}
		List<Path> dataFiles = new ArrayList<>();
		List<Path> metadata = new ArrayList<>();
		List<Path> folders = new ArrayList<>();
		Path guidance = null;
		for (Path entry : entries) {
			String name = entry.getFileName().toString();
			if (isLeftAlone(entry, name)) {
				continue;
			}
			if (Files.isDirectory(entry)) {
				if (!name.equals(ARCHIVE) && !name.equals(FAILED)) {
					folders.add(entry);
				}
			}
			else if (Files.isRegularFile(entry)) {
				String lower = name.toLowerCase(Locale.ROOT);
				if (lower.endsWith(METADATA_SUFFIX)) {
					metadata.add(entry);
				}
				else if (lower.equals(RELEASE_GUIDANCE)) {
					guidance = entry;
				}
				else {
					dataFiles.add(entry);
				}
			}
		}
		Instant settledBefore = now.minus(this.settle);
		boolean guidanceSettled = guidance == null || isSettled(guidance, settledBefore);
		List<Path> ready = new ArrayList<>();
		List<Path> changing = new ArrayList<>();
		for (Path dataFile : dataFiles) {
			boolean settled = isSettled(dataFile, settledBefore) && guidanceSettled
					&& metadataOf(dataFile).map(file -> isSettled(file, settledBefore)).orElse(true);
			(settled ? ready : changing).add(dataFile);
		}
		List<Path> orphanMetadata = metadata.stream()
			.filter(file -> isSettled(file, settledBefore))
			.filter(file -> dataFiles.stream().noneMatch(data -> metadataOf(data).filter(file::equals).isPresent()))
			.toList();
		return new InboxContents(ready, changing, orphanMetadata, guidanceSettled ? guidance : null, folders);
	}

	/** Hidden files, partial downloads and Office's lock files ({@code ~$book.xlsx}) are never touched. */
	private static boolean isLeftAlone(Path entry, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (name.startsWith(".") || name.startsWith("~$") || PARTIAL_FILE_SUFFIXES.stream().anyMatch(lower::endsWith)) {
			return true;
		}
		try {
			return Files.isHidden(entry);
		}
		catch (IOException ex) {
			return true;
		}
	}

	private static boolean isSettled(Path file, Instant settledBefore) {
		try {
			return !Files.getLastModifiedTime(file).toInstant().isAfter(settledBefore);
		}
		catch (IOException ex) {
			// gone since the folder was listed, or unreadable: not ready, and looked at again next pass
			return false;
		}
	}

	/**
	 * @param ready data files to import now, in name order
	 * @param changing data files written to within the settle time (or described by such a file)
	 * @param orphanMetadata settled {@code *.meta.csv} files with no data file of their name beside them
	 * @param guidance the release's {@code data-guidance.txt}, once settled, or null
	 * @param folders folders dropped into the inbox, which are not imported
	 */
	record InboxContents(List<Path> ready, List<Path> changing, List<Path> orphanMetadata, Path guidance,
			List<Path> folders) {

		boolean hasDataFiles() {
			return !this.ready.isEmpty() || !this.changing.isEmpty();
		}

		boolean hasWorkToDo() {
			return !this.ready.isEmpty() || !this.orphanMetadata.isEmpty() || (this.guidance != null && !hasDataFiles());
		}

	}

}
