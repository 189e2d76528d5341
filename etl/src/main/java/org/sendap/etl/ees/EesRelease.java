package org.sendap.etl.ees;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkingFolders;

/**
 * The release an EES data file belongs to, and its rank among the releases of its publication.
 * <ul>
 * <li>The release's data guidance says so, when it names the file: only the files it lists are
 * described by it, whatever else lies beside it.</li>
 * <li>Otherwise the release zip, or the folder the file is in, stands for the publication, and a
 * year in its name for the release ({@code children-in-need-2025}).</li>
 * <li>A working folder (the inbox, an upload's day folder, {@code failed/}) says nothing about the
 * data: then the file's own name stands for the publication, and the latest year of its data for
 * the release, never the day it was uploaded.</li>
 * </ul>
 */
record EesRelease(String publication, String label, int order) {

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(?!\\d)");

	static EesRelease of(SourceFile source, Optional<ReleaseGuidance> guidance, int latestYear) {
		Optional<ReleaseGuidance> naming = guidance
			.filter(release -> release.file(source.fileName()).isPresent() && !release.publication().isBlank());
		if (naming.isPresent()) {
			String label = naming.get().release();
			return new EesRelease(naming.get().publication(), label, firstYear(label).orElse(latestYear));
		}
		Optional<String> container = containerName(source);
		if (container.isPresent()) {
			Optional<Integer> year = firstYear(container.get());
			return new EesRelease(container.get(), year.map(String::valueOf).orElse(dataTo(latestYear)),
					year.orElse(latestYear));
		}
		return new EesRelease(source.stem(), dataTo(latestYear), latestYear);
	}

	/** The name of the zip or folder the file came in, unless it is a working folder's. */
	private static Optional<String> containerName(SourceFile source) {
		if (source.isZipEntry()) {
			String zip = source.path().getFileName().toString().replaceFirst("(?i)\\.zip$", "");
			return WorkingFolders.isWorkingName(zip) ? Optional.empty() : Optional.of(zip);
		}
		var folder = source.path().getParent();
		if (folder == null || WorkingFolders.isWorkingFolder(folder)) {
			return Optional.empty();
		}
		return Optional.of(folder.getFileName().toString());
	}

	private static String dataTo(int latestYear) {
		return "data to " + latestYear;
	}

	private static Optional<Integer> firstYear(String text) {
		Matcher matcher = YEAR.matcher(text);
		return matcher.find() ? Optional.of(Integer.valueOf(matcher.group(1))) : Optional.empty();
	}

}
