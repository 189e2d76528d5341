package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The command line as the data team runs it: {@code import PATH...} against an H2 file database,
 * its summary on standard output and its exit code.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportCommandTests {

	@TempDir
	Path folder;

	/** The warehouse: an in-memory database of this test's own, unless the test needs one that outlives a run. */
	private String databaseUrl = "jdbc:h2:mem:import-command-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@Test
	void goodFileIsImportedWithExitCodeZeroAndASummary(CapturedOutput output) {
		int exitCode = runImport(childrenInNeed());

		assertThat(exitCode).isEqualTo(ImportCommand.OK);
		assertThat(output).contains("IMPORTED  b1_children_in_need_2013_to_2025.csv")
			.contains("  dataset         b1_children_in_need_2013_to_2025 (children-in-need-2025, 2025)")
			.contains("  rows read       165")
			.contains("  facts written   1,320")
			.contains("  rows skipped    0")
			.contains("1 file(s) imported, 0 already imported, 0 rejected");
	}

	@Test
	void badFileIsRejectedWithExitCodeOne(CapturedOutput output) {
		int exitCode = runImport(workbook());

		assertThat(exitCode).isEqualTo(ImportCommand.REJECTED);
		assertThat(output).contains("REJECTED  la_code_list.xlsx")
			.contains("  la_code_list.xlsx: this is an Excel workbook (.xlsx) with none of the tables this product imports; "
					+ "it is not in a layout this product imports. Supported layouts:")
			.contains("  nothing from this file was written to the warehouse")
			.contains("0 file(s) imported, 0 already imported, 1 rejected");
	}

	@Test
	void rejectedFileIsReportedWithoutAStackTrace(CapturedOutput output) {
		runImport(workbook());

		assertThat(output).contains("REJECTED  la_code_list.xlsx").doesNotContain("\tat org.", "Exception");
	}

	@Test
	void sameFileImportedAgainIsAlreadyImported(CapturedOutput output) {
		useDatabaseOnDisk();
		runImport(childrenInNeed());

		int exitCode = runImport(childrenInNeed());

		assertThat(exitCode).isEqualTo(ImportCommand.OK);
		assertThat(output).contains("ALREADY IMPORTED  b1_children_in_need_2013_to_2025.csv")
			.contains("  unchanged: the same content was imported before (import #1); nothing was written")
			.contains("0 file(s) imported, 1 already imported, 0 rejected");
	}

	@Test
	void oneBadFileAmongGoodOnesGivesExitCodeOneAndImportsTheRest(CapturedOutput output) {
		int exitCode = runImport(childrenInNeed(), workbook());

		assertThat(exitCode).isEqualTo(ImportCommand.REJECTED);
		assertThat(output).contains("IMPORTED  b1_children_in_need_2013_to_2025.csv")
			.contains("REJECTED  la_code_list.xlsx")
			.contains("1 file(s) imported, 0 already imported, 1 rejected");
	}

	@Test
	void skippedRowsAreReportedWithTheirReason(CapturedOutput output) {
		int exitCode = runImport(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_WITH_DISTRICT_ROWS).toString());

		assertThat(exitCode).isEqualTo(ImportCommand.OK);
		assertThat(output).contains("  rows read       165")
			.contains("  facts written   1,296")
			.contains("  rows skipped    3")
			.contains("    3 rows: geographic level 'Local authority district' is not modelled yet (first at lines 19, 20, 27)");
	}

	@Test
	void warningsArePrintedWithTheirCountTheirFirstPlacesAndTheCommandThatListsThemAll(CapturedOutput output) {
		// like the 2025 release's annual_reviews.csv: review_meeting_prior_24 twice, and negative counts
		int exitCode = runImport(TestFiles.fixture(Fixtures.ANNUAL_REVIEWS_2025).toString());

		assertThat(exitCode).isEqualTo(ImportCommand.OK);
		assertThat(output).contains("""
				IMPORTED  annual_reviews.csv
				  dataset         annual_reviews (annual-reviews-2025, 2025)
				  rows read       12
				  facts written   252
				  rows skipped    0
				  warnings        5
				    warning negative-count: 4 (a count below zero)
				      annual_reviews.csv line 6 column no_outcome value '-5': a negative count for West Midlands, 2024, \
				breakdown: Female; breakdown_topic: Sex; expected 0 or more
				      annual_reviews.csv line 8 column review_decision_outstanding value '-16': a negative count for \
				Shropshire, 2024, breakdown: All EHC plans; breakdown_topic: All EHC plans; expected 0 or more
				      annual_reviews.csv line 10 column review_decision_outstanding value '-40': a negative count for \
				Shropshire, 2024, breakdown: Male; breakdown_topic: Sex; expected 0 or more
				      ... and 1 more
				    warning duplicate-column: 1 (a column name appears more than once in the header)
				      annual_reviews.csv line 1 column review_meeting_prior_24: the column named 'review_meeting_prior_24' \
				appears twice (columns 16 and 34); the copies are identical on every line, so the first is loaded
				    the findings in full: java -jar send-etl.jar imports 1
				  import #1
				""");
	}

	@Test
	void datesThatAreNoneOfTheCalendarArePrintedAsWarningsAndTheirSkippedRowsWithTheReason(CapturedOutput output) {
		// a real extract with the period of one row ending on its first day, and one ending on 31 September
		Path autism = TestFiles.sampleData(TestFiles.AUTISM_STATISTICS);
		Path oneDay = TestFiles.copyWithLine(autism, this.folder.resolve("one-day.csv"), 15,
				line -> line.replace("01/07/2022,31/07/2022", "01/07/2022,01/07/2022"));
		Path altered = TestFiles.copyWithLine(oneDay, this.folder.resolve("AutismStatsDec22_subICB_extract.csv"), 7142,
				line -> line.replace("01/09/2022,30/09/2022", "01/09/2022,31/09/2022"));

		int exitCode = runImport(altered.toString());

		assertThat(exitCode).isEqualTo(ImportCommand.OK);
		assertThat(output).contains("  rows read       10,710\n")
			.contains("  rows skipped    1\n"
					+ "    1 rows: REPORTING_PERIOD_END '31/09/2022' is not a day of the calendar (September 2022 has 30 days)"
					+ " (first at line 7142)\n")
			.contains("  warnings        2\n"
					+ "    warning impossible-date: 2 (a date that is not in the calendar (31/02/2022), or a period that ends"
					+ " before or on the day it starts)\n"
					+ "      AutismStatsDec22_subICB_extract.csv line 15 column REPORTING_PERIOD_END value '01/07/2022': the"
					+ " reporting period ends on the day it starts (01/07/2022); loaded as published, as a period of one day\n"
					+ "      AutismStatsDec22_subICB_extract.csv line 7142 column REPORTING_PERIOD_END value '31/09/2022':"
					+ " REPORTING_PERIOD_END '31/09/2022' is not a day of the calendar (September 2022 has 30 days); the row"
					+ " is skipped\n");
	}

	@Test
	void rejectedFileWithSeveralErrorsListsThemAfterTheFirst(CapturedOutput output) {
		Path typos = TestFiles.copyWithLine(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025),
				this.folder.resolve("b1_children_in_need_with_typos.csv"), 80, line -> line.replace(",2209,", ",22O9,"));
		TestFiles.copyWithLine(typos, typos, 81, line -> line.replace(",1584,", ",n/a,"));

		int exitCode = runImport(typos.toString());

		assertThat(exitCode).isEqualTo(ImportCommand.REJECTED);
		assertThat(output).contains("REJECTED  b1_children_in_need_with_typos.csv\n")
			.contains("  findings        2 errors, 0 warnings\n"
					+ "    error unknown-symbol: 2 (text where a number or a known suppression symbol was expected)\n")
			.contains("      b1_children_in_need_with_typos.csv line 80 column At31_episodes value '22O9': found '22O9'")
			.contains("      b1_children_in_need_with_typos.csv line 81 column Ended_child value 'n/a': found 'n/a'")
			.contains("    the findings in full: java -jar send-etl.jar imports 1\n"
					+ "  nothing from this file was written to the warehouse\n");
	}

	@Test
	void pathThatDoesNotExistIsRejected(CapturedOutput output) {
		String missing = this.folder.resolve("no-such-file.csv").toString();

		int exitCode = runImport(missing);

		assertThat(exitCode).isEqualTo(ImportCommand.REJECTED);
		assertThat(output).contains("REJECTED  " + missing).contains(missing + ": no such file or folder");
	}

	@Test
	void importWithoutAPathPrintsUsageWithExitCodeTwo(CapturedOutput output) {
		int exitCode = run("import");

		assertThat(exitCode).isEqualTo(ImportCommand.USAGE);
		assertThat(output).contains("Usage: java -jar send-etl.jar import PATH...");
	}

	@Test
	void longImportPrintsProgressLinesWhenNotOnATerminal(CapturedOutput output) {
		// every read of a few hundred rows is "long" with no interval; the real default is 10 seconds
		int exitCode = run("import", TestFiles.sampleData(TestFiles.TIMELINESS_2025).toString(),
				"--sendap.progress.interval=0s");

		assertThat(exitCode).isEqualTo(ImportCommand.OK);
		assertThat(output).contains("timeliness_20_week.csv: 256 of 12,211 rows (2%)")
			.containsPattern("timeliness_20_week.csv: 12,032 of 12,211 rows \\(98%\\), [0-9,]+ rows/s, 0:0[0-9] left\n")
			.doesNotContain("\r");
	}

	@Test
	void unknownCommandPrintsUsageWithExitCodeTwo(CapturedOutput output) {
		int exitCode = run("load", childrenInNeed());

		assertThat(exitCode).isEqualTo(ImportCommand.USAGE);
		assertThat(output).contains("Usage: java -jar send-etl.jar import PATH...");
	}

	private int runImport(String... paths) {
		List<String> arguments = new ArrayList<>();
		arguments.add("import");
		arguments.addAll(List.of(paths));
		return run(arguments.toArray(String[]::new));
	}

	/** Runs the application as {@code java -jar send-etl.jar ARGS} would, on this test's own database. */
	private int run(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--spring.datasource.url=" + this.databaseUrl);
		return EtlApplication.run(all.toArray(String[]::new));
	}

	/** A warehouse that stays between two runs of the command, as the default one under ./data/ does. */
	private void useDatabaseOnDisk() {
		this.databaseUrl = "jdbc:h2:file:" + this.folder.resolve("warehouse").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

	private static String childrenInNeed() {
		return TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025).toString();
	}

	private static String workbook() {
		return TestFiles.fixture(Fixtures.WORKBOOK).toString();
	}

}
