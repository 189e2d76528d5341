package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Moves files out of the inbox without ever replacing a file already there: when a name is taken,
 * every file of the group gets the same free suffix ({@code x-2.csv} and {@code x-2.meta.csv}), so
 * that a data file keeps the metadata file that describes it.
 */
final class FileMoves {

	static final String REASON_SUFFIX = ".reason.txt";

	/** Names are tried with suffixes up to this; beyond it something is wrong with the folder. */
	private static final int MOST_SUFFIXES = 10_000;

	private FileMoves() {
	}

	/**
	 * Moves the files into the folder (made if missing) and returns where they went, in the same
	 * order. With {@code reserveReason}, the first file's {@code <name>.reason.txt} must be free too.
	 */
	static List<Path> moveTogether(List<Path> files, Path folder, boolean reserveReason) throws IOException {
		Files.createDirectories(folder);
		for (int suffix = 1; suffix <= MOST_SUFFIXES; suffix++) {
			List<Path> targets = new ArrayList<>();
			for (Path file : files) {
				targets.add(folder.resolve(withSuffix(file.getFileName().toString(), suffix)));
			}
			if (targets.stream().anyMatch(Files::exists)
					|| (reserveReason && Files.exists(reasonFileOf(targets.get(0))))) {
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

	static Path reasonFileOf(Path file) {
		return file.resolveSibling(file.getFileName() + REASON_SUFFIX);
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
