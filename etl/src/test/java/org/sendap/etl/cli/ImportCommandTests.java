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
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

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
			.contains("    3 rows: geographic level 'Local authority district' is not modelled yet (first at line ");
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
		ConfigurableApplicationContext context = SpringApplication.run(EtlApplication.class, all.toArray(String[]::new));
		return SpringApplication.exit(context);
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
