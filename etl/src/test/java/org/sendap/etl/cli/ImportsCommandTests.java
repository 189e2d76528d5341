package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.inbox.InboxTestFiles;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code imports} and {@code imports ID} on a warehouse that imported real files once: children in
 * need 2025 (import #1), the 2024 rows with three district rows skipped (#2), the 2025 rows with a
 * cell keyed wrongly (#3, rejected), a workbook in no known layout (#4, rejected), and then a
 * revision of the 2025 file (#5), which supersedes #1.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsCommandTests {

	@TempDir
	static Path folder;

	private CommandLineRun commandLine;

	@BeforeAll
	void importFiveFiles() throws IOException {
		this.commandLine = CommandLineRun.onDisk(folder);
		int exitCode = this.commandLine.run("import", fixture(Fixtures.CHILDREN_IN_NEED_2025),
				fixture(Fixtures.CHILDREN_IN_NEED_WITH_DISTRICT_ROWS), fixture(InboxTestFiles.CHILDREN_IN_NEED_WITH_TYPO),
				fixture(Fixtures.WORKBOOK));
		assertThat(exitCode).isEqualTo(Command.REJECTED);
		assertThat(this.commandLine.run("import", revisedChildrenInNeed().toString())).isEqualTo(Command.OK);
	}

	/**
	 * The 2025 file as a revised release would bring it: same folder and file name, Shropshire's
	 * children in need at 31 March changed from 2,209 to 2,210.
	 */
	private static Path revisedChildrenInNeed() throws IOException {
		Path original = TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025);
		String revised = Files.readString(original).replace(",Shropshire,Children in Need,3328,3216,1270,1215,1119,1090,2209,23",
				",Shropshire,Children in Need,3328,3216,1270,1215,1119,1090,2210,23");
		Path revision = folder.resolve("children-in-need-2025").resolve(original.getFileName());
		Files.createDirectories(revision.getParent());
		return Files.writeString(revision, revised);
	}

	@Test
	void historyIsATableNewestFirst(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Import history, newest first: 5 of 5\n");
		assertThat(row(output, "id")).containsExactly("id", "file", "sha256", "source layout", "origin", "dataset (release)",
				"started", "finished", "status", "rows read", "facts written", "warnings", "errors", "superseded by");
		assertThat(rowIds(output)).containsExactly("5", "4", "3", "2", "1");
		List<String> first = row(output, "1");
		assertThat(first.subList(0, 6)).containsExactly("1", "b1_children_in_need_2013_to_2025.csv",
				sha256(Fixtures.CHILDREN_IN_NEED_2025).substring(0, 12), "ees-csv", "command line",
				"b1_children_in_need_2013_to_2025 (2025)");
		assertThat(first.get(6)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
		assertThat(first.get(7)).matches("\\d\\d:\\d\\d:\\d\\d");
		assertThat(first.subList(8, 14)).containsExactly("SUPERSEDED", "165", "1,320", "5", "0", "#5");
		// the areas the first import added are known by now: no warnings this time
		assertThat(row(output, "5").subList(8, 14)).containsExactly("COMPLETED", "165", "1,320", "0", "0", "-");
		List<String> rejected = row(output, "3");
		assertThat(rejected.get(1)).isEqualTo("b1_children_in_need_with_typo.csv");
		assertThat(rejected.get(5)).isEqualTo("-");
		// A rejected file keeps the layout it was read as.
		assertThat(rejected.subList(3, 6)).containsExactly("ees-csv", "command line", "-");
		assertThat(rejected.subList(8, 14)).containsExactly("FAILED", "0", "0", "0", "1", "-");
	}

	@Test
	void historyCanBeLimitedAndFilteredByStatus(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "--status", "failed", "--limit", "1");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Import history with status FAILED, newest first: 1 of 2 (--limit N shows more)\n");
		assertThat(rowIds(output)).containsExactly("4");
	}

	@Test
	void oneImportInFullWithWhatItsChecksFound(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "1");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Import #1  b1_children_in_need_2013_to_2025.csv  SUPERSEDED\n")
			.contains("  sha256          " + sha256(Fixtures.CHILDREN_IN_NEED_2025) + "\n")
			.contains("  source layout   ees-csv\n")
			.contains("  origin          command line\n")
			.contains("  status          SUPERSEDED\n")
			.contains("  warnings        5\n")
			.contains("  superseded by   #5\n");
		assertThat(rows(output)).contains(List.of("WARNING", "unknown-area", "5"));
		assertThat(row(output, "WARNING", "unknown-area", "line 60")).containsExactly("WARNING", "unknown-area", "line 60",
				"-", "E06000065", "the local authority E06000065 (North Yorkshire) was not in the area dimension;"
						+ " it was added under Yorkshire and The Humber");
	}

	@Test
	void rejectedImportInFullWithItsReason(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "3");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Import #3  b1_children_in_need_with_typo.csv  FAILED\n")
			.contains("  sha256          " + sha256(InboxTestFiles.CHILDREN_IN_NEED_WITH_TYPO) + "\n")
			.contains("  facts written   0\n")
			.contains("  message         b1_children_in_need_with_typo.csv, line 80, column 'At31_episodes': found '22O9'"
					+ " in a column of numbers")
			.contains("  errors          1\n")
			.contains("Skipped rows: none");
		// The finding that rejected the file stays in the history.
		assertThat(rows(output)).contains(List.of("ERROR", "unknown-symbol", "1"));
		assertThat(row(output, "ERROR", "unknown-symbol", "line 80")).contains("At31_episodes", "22O9");
	}

	@Test
	void oneImportInFullWithItsSkippedRows(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "2");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Import #2  b1_children_in_need_with_district_rows.csv  COMPLETED\n")
			.contains("  rows skipped    3\n")
			.contains("Checks: nothing found")
			.contains("Skipped rows\n  rows  first rows skipped  reason\n"
					+ "     3  lines 19, 20, 27    geographic level 'Local authority district' is not modelled yet");
	}

	@Test
	void importThatIsNotInTheHistoryExitsOne(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "99");

		assertThat(exitCode).isEqualTo(Command.REJECTED);
		assertThat(output).contains("There is no import #99 in the import history; 'imports' lists them.");
	}

	@Test
	void importIdThatIsNotANumberIsAUsageError(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "latest");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("imports: 'latest' is not an import number (the id column of 'imports')")
			.contains("Usage: java -jar send-etl.jar imports [--limit N] [--status STATUS]\n"
					+ "Usage: java -jar send-etl.jar imports ID");
	}

	@Test
	void statusThatDoesNotExistIsAUsageError(CapturedOutput output) {
		int exitCode = this.commandLine.run("imports", "--status", "DONE");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("imports: --status DONE: give one of RUNNING, COMPLETED, FAILED, SUPERSEDED");
	}

	/** The lines printed, as the cells of a table: split where two or more spaces are. */
	private static List<List<String>> rows(CapturedOutput output) {
		return output.getOut().lines().map(line -> Arrays.asList(line.strip().split(" {2,}"))).toList();
	}

	/** The cells of the last table row printed whose first cells are these. */
	private static List<String> row(CapturedOutput output, String... firstCells) {
		return rows(output).stream()
			.filter(cells -> cells.size() >= firstCells.length
					&& cells.subList(0, firstCells.length).equals(List.of(firstCells)))
			.reduce((first, later) -> later)
			.orElseThrow(() -> new AssertionError("no row starting " + List.of(firstCells) + " in:\n" + output.getOut()));
	}

	/** The ids of the history table, as printed. */
	private static List<String> rowIds(CapturedOutput output) {
		String out = output.getOut();
		String table = out.substring(out.lastIndexOf("Import history"));
		return table.lines().skip(2).map(line -> line.strip().split(" {2,}")[0]).toList();
	}

	private static String fixture(String location) {
		return TestFiles.fixture(location).toString();
	}

	private static String sha256(String location) {
		return SourceFile.onDisk(TestFiles.fixture(location)).sha256();
	}

}
