package org.sendap.dashboard.imports;

import java.util.regex.Pattern;

/**
 * The name an uploaded file is saved under: the name the browser sent, without any folder in it
 * (so that {@code ../../x.csv} cannot leave the upload folder) and without characters that mean
 * something to a file system or a shell. The rest of the name is kept, because the pipeline names
 * the dataset after it ({@code sen2_mi.csv} holds dataset {@code sen2_mi}).
 */
final class UploadFileName {

	static final String FALLBACK = "upload";

	private static final int MAX_LENGTH = 200;

	private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N} ._()+-]");

	private UploadFileName() {
	}

	static String of(String sent) {
		String name = sent == null ? "" : sent;
		// Some browsers send the whole path the file had on the user's computer, with either separator.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = UNSAFE.matcher(name).replaceAll("_").strip();
		// No hidden files and nothing that is "." or ".." once the folders are gone.
		name = name.replaceFirst("^[. ]+", "");
		if (name.length() > MAX_LENGTH) {
			int dot = name.lastIndexOf('.');
			String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, MAX_LENGTH - extension.length()) + extension;
		}
		return name.isEmpty() ? FALLBACK : name;
	}

}
