package org.sendap.etl.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Folders that hold files while they are handled, whose names say nothing about the data in them:
 * the inbox, whatever it is called, with its {@code archive/} day folders and {@code failed/}; the
 * dashboard's upload folders, one per day ({@code 2026-11-23}, {@code 2026-11-23-2}); download
 * and temporary folders. A file's folder can stand for its release only when it is none of these.
 */
public final class WorkingFolders {

	/**
	 * The hidden file an inbox pass locks its folder with. It stays after the pass, so it also marks
	 * the folder as an inbox.
	 */
	public static final String INBOX_LOCK_FILE = ".sendap-inbox.lock";

	private static final Set<String> HANDLING_NAMES = Set.of("inbox", "archive", "failed", "upload", "uploads",
			"download", "downloads", "incoming", "import", "imports", "data", "desktop", "tmp", "temp");

	/** Dates, numbers and counters: a name without a letter names no publication. */
	private static final Pattern NO_LETTER = Pattern.compile("\\P{L}*");

	private WorkingFolders() {
	}

	/** Whether the folder is a working folder: by its name, or because an inbox pass has locked it. */
	public static boolean isWorkingFolder(Path folder) {
		Path name = folder.getFileName();
		return name == null || isWorkingName(name.toString()) || Files.exists(folder.resolve(INBOX_LOCK_FILE));
	}

	/** Whether a folder's (or a zip's) name is one that working folders have, and so names no release. */
	public static boolean isWorkingName(String name) {
		String lower = name.strip().toLowerCase(Locale.ROOT);
		return HANDLING_NAMES.contains(lower) || NO_LETTER.matcher(lower).matches();
	}

}
