package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Moves files out of the inbox without ever replacing a file already there: when a name is taken,
 * every file of the group gets the same free suffix ({@code x-2.csv} and {@code x-2.meta.csv}), so
 * that a data file keeps the metadata file that describes it.
 */
final class FileMoves {

	/** The note beside a file in {@code failed/}: why it was not imported. */
	static final String REASON_SUFFIX = ".reason.txt";

	/** The note beside a file in the archive that loaded with warnings or skipped rows: what was found. */
	static final String FINDINGS_SUFFIX = ".findings.txt";

	/** Names are tried with suffixes up to this; beyond it something is wrong with the folder. */
	private static final int MOST_SUFFIXES = 10_000;

	private FileMoves() {
	}

	/**
	 * Moves the files into the folder (made if missing) and returns where they went, in the same
	 * order. With a {@code noteSuffix} ({@link #REASON_SUFFIX}, {@link #FINDINGS_SUFFIX}), the name of
	 * the note to be written beside the first file must be free too; null for none.
	 */
	static List<Path> moveTogether(List<Path> files, Path folder, String noteSuffix) throws IOException {
		Files.createDirectories(folder);
		for (int suffix = 1; suffix <= MOST_SUFFIXES; suffix++) {
			List<Path> targets = new ArrayList<>();
			for (Path file : files) {
				targets.add(folder.resolve(withSuffix(file.getFileName().toString(), suffix)));
			}
			if (targets.stream().anyMatch(Files::exists)
					|| (noteSuffix != null && Files.exists(noteOf(targets.get(0), noteSuffix)))) {
				continue;
			}
			try {
				return move(files, targets);
			}
			catch (FileAlreadyExistsException ex) {
				// another process took the name between the check and the move: try the next suffix
			}
		}
		throw new IOException(folder + " already holds " + MOST_SUFFIXES + " files named like "
				+ files.get(0).getFileName());
	}

	/** An I/O failure in words: NIO's own messages are often only the path. */
	static String describe(IOException ex) {
		if (ex instanceof NoSuchFileException missing) {
			return "no such file or folder: " + missing.getFile();
		}
		if (ex instanceof AccessDeniedException denied) {
			return "permission denied: " + denied.getFile();
		}
		return ex.getClass().getSimpleName() + ": " + ex.getMessage();
	}

	static Path noteOf(Path file, String noteSuffix) {
		return file.resolveSibling(file.getFileName() + noteSuffix);
	}

	/** Writes the note beside the file, {@code <file><noteSuffix>}, never over another file. */
	static Path writeNote(Path file, String noteSuffix, String text) throws IOException {
		Path note = noteOf(file, noteSuffix);
		Files.writeString(note, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
		return note;
	}

	private static List<Path> move(List<Path> files, List<Path> targets) throws IOException {
		List<Path> moved = new ArrayList<>();
		for (int i = 0; i < files.size(); i++) {
			// no REPLACE_EXISTING: a file already there makes the move fail instead of being overwritten
			moved.add(Files.move(files.get(i), targets.get(i)));
		}
		return moved;
	}

	/** {@code name} with {@code -N} before its extension ({@code .meta.csv} counts as one), for N above 1. */
	static String withSuffix(String name, int suffix) {
		if (suffix == 1) {
			return name;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		int extension = lower.endsWith(InboxFolder.METADATA_SUFFIX) ? name.length() - InboxFolder.METADATA_SUFFIX.length()
				: name.lastIndexOf('.');
		if (extension <= 0) {
			return name + "-" + suffix;
		}
		return name.substring(0, extension) + "-" + suffix + name.substring(extension);
	}

}
