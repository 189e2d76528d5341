package org.sendap.etl.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where the tests find their input: small fixtures derived from real files in
 * {@code src/test/resources} (see the README there), and the real published files the product
 * ships in the repository's {@code sample-data/} folder. Nothing is read from outside the
 * repository.
 */
public final class TestFiles {

	/** Set by surefire (parent pom) to the repository root. */
	public static final String REPOSITORY_ROOT_PROPERTY = "sendap.repository.root";

	public static final String EHCP_2022_ZIP = "ees/education-health-and-care-plans-2022/education-health-and-care-plans_2022.zip";

	public static final String TIMELINESS_2025 = "ees/education-health-and-care-plans-2025/timeliness_20_week.csv";

	/** The data guidance of the 2025 EHC plans release: it names 12 data files, timeliness_20_week.csv among them. */
	public static final String EHCP_2025_GUIDANCE = "ees/education-health-and-care-plans-2025/data-guidance.txt";

	/** NHS England's Autism Statistics, July to September 2022, the rows of 7 sub-ICB locations. */
	public static final String AUTISM_STATISTICS = "nhs/autism-statistics/AutismStatsDec22_subICB_extract.csv";

	private TestFiles() {
	}

	/**
	 * The repository root: the {@value #REPOSITORY_ROOT_PROPERTY} system property, or {@code ..}
	 * relative to the module folder (where surefire runs), whichever holds {@code sample-data}.
	 */
	public static Path repositoryRoot() {
		List<Path> candidates = new ArrayList<>();
		String property = System.getProperty(REPOSITORY_ROOT_PROPERTY);
		if (property != null && !property.isBlank()) {
			candidates.add(Path.of(property));
		}
		candidates.add(Path.of(".."));
		for (Path candidate : candidates) {
			if (Files.isDirectory(candidate.resolve("sample-data"))) {
				return candidate.toAbsolutePath().normalize();
			}
		}
		throw new IllegalStateException("Cannot find the repository root (a folder holding sample-data/): tried "
				+ candidates.stream().map(path -> path.toAbsolutePath().normalize()).toList() + "; set -D"
				+ REPOSITORY_ROOT_PROPERTY + "=...");
	}

	/** A file of the repository's {@code sample-data/} folder, e.g. {@link #TIMELINESS_2025}. */
	public static Path sampleData(String relativePath) {
		Path file = repositoryRoot().resolve("sample-data").resolve(relativePath);
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("Sample data file missing: " + file);
		}
		return file;
	}

	/** A fixture of {@code src/test/resources}, as a file on disk (so that files beside it are found). */
	public static Path fixture(String classpathLocation) {
		URL url = TestFiles.class.getClassLoader().getResource(classpathLocation);
		if (url == null) {
			throw new IllegalStateException("Test fixture missing from src/test/resources: " + classpathLocation);
		}
		try {
			return Path.of(url.toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Writes lines (each ended by a newline) to a file, creating its folder. */
	public static Path write(Path file, List<String> lines) {
		try {
			Files.createDirectories(file.getParent());
			return Files.write(file, lines);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A copy of a text file with one of its lines (counted from 1, the header's) changed, as a real file's defect. */
	public static Path copyWithLine(Path source, Path target, int line, UnaryOperator<String> change) {
		List<String> lines = new ArrayList<>(lines(source));
		lines.set(line - 1, change.apply(lines.get(line - 1)));
		return write(target, lines);
	}

	/** Fixtures, by what they are. */
	public static final class Fixtures {

		/** The first 40 lines of {@code timeliness_20_week.csv} (EHC plans 2025), byte-order mark included. */
		public static final String TIMELINESS_EXTRACT = "ees/timeliness-20-week-extract/timeliness_20_week.csv";

		/** The same 40 lines with a {@code *.meta.csv} beside them. */
		public static final String TIMELINESS_WITH_META = "ees/timeliness-20-week-with-meta/timeliness_20_week.csv";

		/** The same 40 lines without the {@code time_period} column. */
		public static final String WITHOUT_TIME_PERIOD = "ees/without-time-period/timeliness_20_week_without_time_period.csv";

		/** The same 40 lines and then the first 60 characters of line 41, as a broken download leaves a file. */
		public static final String TRUNCATED = "ees/truncated/timeliness_20_week_truncated.csv";

		/** The DfE LA code list, an Excel workbook. */
		public static final String WORKBOOK = "not-csv/la_code_list.xlsx";

		/** Children in need (DfE), the 165 rows of 2025: a file the code was not written for. */
		public static final String CHILDREN_IN_NEED_2025 = "ees/children-in-need-2025/b1_children_in_need_2013_to_2025.csv";

		/** Children in need, the 165 rows of 2024, three of them relabelled 'Local authority district'. */
		public static final String CHILDREN_IN_NEED_WITH_DISTRICT_ROWS = "ees/children-in-need-with-district-rows/b1_children_in_need_with_district_rows.csv";

		/** EHC plans by age (2022 release), the 96 rows of 2022 for England, the West Midlands and its LAs. */
		public static final String AGE_CASELOAD_2022 = "ees/age-caseload-2022-west-midlands/sen2_age_caseload.csv";

		/** The same rows with one of Shropshire's age rows changed, so that they no longer add up to its Total row. */
		public static final String AGE_CASELOAD_WITH_A_PART_ASTRAY = "ees/age-caseload-with-a-part-astray/sen2_age_caseload.csv";

		/**
		 * SYNTHETIC annual reviews (EHC plans 2025) in the release's layout, with its quirks: the column
		 * review_meeting_prior_24 twice (identical copies) and four negative counts.
		 */
		public static final String ANNUAL_REVIEWS_2025 = "ees/annual-reviews-2025/annual_reviews.csv";

		private Fixtures() {
		}

	}

}
