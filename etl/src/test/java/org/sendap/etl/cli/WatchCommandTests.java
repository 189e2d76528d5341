package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendap.etl.inbox.InboxTestFiles.archiveOfToday;
import static org.sendap.etl.inbox.InboxTestFiles.dropSettled;
import static org.sendap.etl.inbox.InboxTestFiles.dropStillBeingWritten;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.inbox.InboxTestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code watch} as the data team runs it: its lines on standard output, the files moved, and its
 * exit code.
 */
@ExtendWith(OutputCaptureExtension.class)
class WatchCommandTests {

	private static final String GOOD = "b1_children_in_need_2013_to_2025.csv";

	@TempDir
	Path folder;

	private Path inbox;

	private final CommandLineRun commandLine = CommandLineRun.inMemory();

	@BeforeEach
	void makeInbox() throws IOException {
		this.inbox = Files.createDirectories(this.folder.resolve("inbox"));
	}

	@Test
	void onceImportsAndArchivesWhatIsInTheInboxWithExitCodeZero(CapturedOutput output) {
		dropSettled(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_2025);

		int exitCode = watchOnce();

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("IMPORTED          " + GOOD + " -> archive/" + LocalDate.now() + "/" + GOOD + "\n")
			// the inbox folder says nothing about the release: the file's name and its data's latest year do
			.contains("                  b1_children_in_need_2013_to_2025 (b1_children_in_need_2013_to_2025, data to 2025)")
			.contains(": 165 rows read, 1,320 facts written, 0 rows skipped; import #1\n")
			.containsPattern("Inbox pass \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d: 1 imported, 0 already imported, 0 failed, 0 waiting");
		assertThat(archiveOfToday(this.inbox).resolve(GOOD)).exists();
	}

	@Test
	void onceSaysWhatTheChecksFoundAndKeepsItBesideTheArchivedFile(CapturedOutput output) {
		// like the 2025 release's annual_reviews.csv: review_meeting_prior_24 twice, and negative counts
		dropSettled(this.inbox, Fixtures.ANNUAL_REVIEWS_2025);

		int exitCode = watchOnce();

		assertThat(exitCode).isEqualTo(Command.OK);
		String archived = "archive/" + LocalDate.now() + "/annual_reviews.csv";
		assertThat(output).contains("IMPORTED          annual_reviews.csv -> " + archived + "\n"
				+ "                  annual_reviews (annual_reviews, data to 2024): 12 rows read, 252 facts written,"
				+ " 0 rows skipped; import #1\n"
				+ "                  5 warnings:\n"
				+ "                    warning negative-count: 4 (a count below zero)\n"
				+ "                      annual_reviews.csv line 6 column no_outcome value '-5': a negative count for"
				+ " West Midlands, 2024, breakdown: Female; breakdown_topic: Sex; expected 0 or more\n")
			.contains("                      ... and 1 more\n"
					+ "                    warning duplicate-column: 1 (a column name appears more than once in the header)\n"
					+ "                      annual_reviews.csv line 1 column review_meeting_prior_24: the column named"
					+ " 'review_meeting_prior_24' appears twice (columns 16 and 34); the copies are identical on every line,"
					+ " so the first is loaded\n"
					+ "                    the findings in full: java -jar send-etl.jar imports 1\n"
					+ "                  the findings, kept beside the file: " + archived + ".findings.txt\n");
		assertThat(this.inbox.resolve(archived + ".findings.txt")).exists();
	}

	@Test
	void onceSaysWhichRowsWereSkippedAndWhy(CapturedOutput output) {
		dropSettled(this.inbox, Fixtures.CHILDREN_IN_NEED_WITH_DISTRICT_ROWS);

		int exitCode = watchOnce();

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains(": 165 rows read, 1,296 facts written, 3 rows skipped; import #1\n"
				+ "                    3 rows skipped: geographic level 'Local authority district' is not modelled yet"
				+ " (first at lines 19, 20, 27)\n");
	}

	@Test
	void onceMovesARejectedFileToFailedWithExitCodeOne(CapturedOutput output) {
		dropSettled(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_2025);
		dropSettled(this.inbox, InboxTestFiles.WORKBOOK);

		int exitCode = watchOnce();

		assertThat(exitCode).isEqualTo(Command.REJECTED);
		assertThat(output).contains("IMPORTED          " + GOOD + " -> archive/" + LocalDate.now() + "/" + GOOD)
			.contains("FAILED            la_code_list.xlsx -> failed/la_code_list.xlsx\n"
					+ "                  la_code_list.xlsx: this is an Excel workbook (.xlsx) with none of the tables this product imports;")
			.contains("                  why, and how to retry: failed/la_code_list.xlsx.reason.txt\n")
			.contains(": 1 imported, 0 already imported, 1 failed, 0 waiting")
			.doesNotContain("\tat org.", "Exception");
		assertThat(this.inbox.resolve("failed/la_code_list.xlsx.reason.txt")).exists();
	}

	@Test
	void importHistorySaysWhereTheInboxMovedTheFile(CapturedOutput output) {
		CommandLineRun keptWarehouse = CommandLineRun.onDisk(this.folder);
		Path dropped = dropSettled(this.inbox, InboxTestFiles.WORKBOOK);
		keptWarehouse.run("watch", "--inbox", this.inbox.toString(), "--once");

		int exitCode = keptWarehouse.run("imports", "1");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("  source          " + dropped.toAbsolutePath() + "\n")
			.contains("  moved to        " + this.inbox.resolve("failed/la_code_list.xlsx").toAbsolutePath() + "\n");
	}

	@Test
	void onceLeavesAFileStillBeingWrittenForTheNextPass(CapturedOutput output) {
		Path dropped = dropStillBeingWritten(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_2025);

		int exitCode = watchOnce();

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("WAITING           " + GOOD + ": changed within the last 10s (still being copied?);"
				+ " left for the next pass")
			.contains(": 0 imported, 0 already imported, 0 failed, 1 waiting");
		assertThat(dropped).exists();
	}

	@Test
	void folderThatDoesNotExistIsAUsageError(CapturedOutput output) {
		Path missing = this.folder.resolve("no-such-inbox");

		int exitCode = this.commandLine.run("watch", "--inbox", missing.toString(), "--once");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("watch: there is no folder " + missing + "; create it, or check the path given to --inbox")
			.contains("Usage: java -jar send-etl.jar watch --inbox DIR [--cron EXPR] [--once]");
	}

	@Test
	void scheduleThatIsNotCronIsAUsageError(CapturedOutput output) {
		int exitCode = this.commandLine.run("watch", "--inbox", this.inbox.toString(), "--cron", "*/5 * * * *");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("watch: '*/5 * * * *' is not a cron expression. Give six fields, second minute hour"
				+ " day-of-month month day-of-week, in quotes: --cron '0 */5 * * * *' (every 5 minutes)");
	}

	@Test
	void watchWithoutAFolderIsAUsageError(CapturedOutput output) {
		int exitCode = this.commandLine.run("watch", "--once");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("watch: which folder? Give it with --inbox DIR (or set sendap.inbox.path)");
	}

	@Test
	void watchKeepsImportingOnItsScheduleUntilStopped(CapturedOutput output) throws InterruptedException {
		AtomicInteger exitCode = new AtomicInteger(-1);
		Thread watching = new Thread(() -> exitCode.set(
				this.commandLine.run("watch", "--inbox", this.inbox.toString(), "--cron", "*/2 * * * * *")));
		watching.start();
		awaitTrue(() -> output.getOut().contains("Watching " + this.inbox.toAbsolutePath()));

		Path dropped = dropSettled(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_2025);
		Path archived = archiveOfToday(this.inbox).resolve(GOOD);
		awaitTrue(() -> Files.exists(archived) && output.getOut().contains(": 1 imported,"));
		watching.interrupt();
		watching.join(60_000);

		assertThat(watching.isAlive()).isFalse();
		assertThat(exitCode.get()).isEqualTo(Command.OK);
		assertThat(dropped).doesNotExist();
		assertThat(output).contains("Watching " + this.inbox.toAbsolutePath() + ": now, then on the schedule '*/2 * * * * *'."
				+ " A file is imported once it has been left unchanged for 10s. Ctrl-C to stop.")
			.contains("IMPORTED          " + GOOD + " -> archive/" + LocalDate.now() + "/" + GOOD)
			.contains("Stopped watching " + this.inbox.toAbsolutePath());
	}

	private int watchOnce() {
		return this.commandLine.run("watch", "--inbox", this.inbox.toString(), "--once");
	}

	private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
		Instant giveUp = Instant.now().plus(Duration.ofSeconds(90));
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waited 90 s").isBefore(giveUp);
			Thread.sleep(200);
		}
	}

}
