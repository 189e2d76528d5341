package org.sendap.etl.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.sendap.etl.inbox.InboxTestFiles.archiveOfToday;
import static org.sendap.etl.inbox.InboxTestFiles.dropSettled;
import static org.sendap.etl.inbox.InboxTestFiles.dropStillBeingWritten;
import static org.sendap.etl.inbox.InboxTestFiles.dropZipSettled;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.RELEASE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.inbox.InboxFileResult.Status;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.testsupport.ImportOwners;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.sendap.warehouse.tables.records.ImportRunRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Inbox passes over real files on an H2 warehouse, in an application that includes the pipeline as
 * the dashboard does. The warehouse is shared by the tests, so each test drops files no other test
 * imports, or says why the outcome may be either.
 */
@SpringBootTest(classes = PipelineApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF",
				"logging.level.org.sendap.etl.job.FileImporter=ERROR" })
class InboxProcessorTests {

	@Autowired
	private InboxProcessor processor;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private ImportHistory history;

	@Autowired
	private ApplicationContext context;

	@TempDir
	Path inbox;

	@DynamicPropertySource
	static void h2Warehouse(DynamicPropertyRegistry registry) {
		String name = "inbox-" + UUID.randomUUID();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	@Test
	void goodEesFileIsImportedThenArchivedUnderTodaysDate() {
		Path dropped = dropSettled(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_2025);

		InboxPass pass = pass();

		InboxFileResult result = onlyFile(pass);
		assertThat(result.status()).isEqualTo(Status.IMPORTED);
		assertThat(result.movedTo()).isEqualTo(archiveOfToday(this.inbox).resolve("b1_children_in_need_2013_to_2025.csv"))
			.exists();
		assertThat(dropped).doesNotExist();
		long importId = result.imports().get(0).summary().importId();
		assertThat(factsOf(importId)).isEqualTo(1_320);
		ImportRunRecord run = this.dsl.fetchSingle(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(importId));
		assertThat(run.getStatus()).isEqualTo(ImportHistory.COMPLETED);
		assertThat(run.getOrigin()).isEqualTo("inbox");
		assertThat(run.getSourceFormat()).isEqualTo("ees-csv");
		assertThat(run.getSourcePath()).isEqualTo(dropped.toString());
		assertThat(run.getMovedTo()).isEqualTo(result.movedTo().toString());
		assertThat(this.dsl.select(RELEASE.PUBLICATION, RELEASE.RELEASE_LABEL)
			.from(DATASET)
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(DATASET.DATASET_ID.eq(run.getDatasetId()))
			.fetchSingle()
			.intoList()).as("the file's own name and its data's latest year, not the inbox folder's name")
			.containsExactly("b1_children_in_need_2013_to_2025", "data to 2025");
	}

	@Test
	void sameFileDroppedAgainIsArchivedAsAlreadyImportedBesideTheFirstCopy() throws IOException {
		dropSettled(this.inbox, Fixtures.CHILDREN_IN_NEED_WITH_DISTRICT_ROWS);
		InboxFileResult first = onlyFile(pass());
		long facts = allFacts();
		dropSettled(this.inbox, Fixtures.CHILDREN_IN_NEED_WITH_DISTRICT_ROWS);

		InboxFileResult again = onlyFile(pass());

		assertThat(first.status()).isEqualTo(Status.IMPORTED);
		assertThat(again.status()).isEqualTo(Status.ALREADY_IMPORTED);
		assertThat(again.imports().get(0).earlierImport()).isEqualTo(first.imports().get(0).summary().importId());
		assertThat(first.movedTo()).isEqualTo(archiveOfToday(this.inbox).resolve("b1_children_in_need_with_district_rows.csv"))
			.exists();
		assertThat(again.movedTo())
			.isEqualTo(archiveOfToday(this.inbox).resolve("b1_children_in_need_with_district_rows-2.csv"))
			.exists();
		// the rows the first import skipped are said beside it; the second changed nothing, so has no note
		assertThat(Files.readString(first.findingsFile())).contains("Rows skipped (not loaded):\n"
				+ "  3 rows: geographic level 'Local authority district' is not modelled yet (first at lines 19, 20, 27)\n");
		assertThat(again.findingsFile()).isNull();
		assertThat(allFacts()).isEqualTo(facts);
	}

	@Test
	void fileThatLoadsWithWarningsHasWhatTheChecksFoundWrittenBesideItInTheArchive() throws IOException {
		// like the 2025 release's annual_reviews.csv: review_meeting_prior_24 twice, and negative counts
		dropSettled(this.inbox, Fixtures.ANNUAL_REVIEWS_2025);

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.IMPORTED);
		assertThat(result.findingsFile()).isEqualTo(archiveOfToday(this.inbox).resolve("annual_reviews.csv.findings.txt"));
		long importId = result.imports().get(0).importId();
		assertThat(Files.readString(result.findingsFile()))
			.startsWith("annual_reviews.csv was imported, and the data-quality checks found things to look into.\n\n"
					+ "When:  " + LocalDate.now())
			.contains("Import #" + importId + ": annual_reviews.csv, annual_reviews (annual_reviews, data to 2024)\n"
					+ "  12 rows read, 252 facts written, 0 rows skipped, 5 warnings\n")
			.contains("  warning negative-count: 4 (a count below zero)\n"
					+ "    annual_reviews.csv line 6 column no_outcome value '-5': a negative count for West Midlands,")
			// every finding the history keeps, not only the console's first three
			.contains("    annual_reviews.csv line 12 column review_decision_outstanding value '-12': a negative count for"
					+ " Leeds, 2024")
			.contains("  warning duplicate-column: 1 (a column name appears more than once in the header)\n"
					+ "    annual_reviews.csv line 1 column review_meeting_prior_24: the column named 'review_meeting_prior_24'"
					+ " appears twice (columns 16 and 34); the copies are identical on every line, so the first is loaded\n")
			.endsWith("In full: java -jar send-etl.jar imports " + importId + ", or /imports/" + importId
					+ " on the dashboard.\n");
	}

	@Test
	void workbookInNoKnownLayoutGoesToFailedWithItsReasonAndChangesNothing() throws IOException {
		WarehouseCounts before = counts();
		dropSettled(this.inbox, InboxTestFiles.WORKBOOK);

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.FAILED);
		assertThat(result.movedTo()).isEqualTo(this.inbox.resolve("failed/la_code_list.xlsx")).exists();
		assertThat(result.reasonFile()).isEqualTo(this.inbox.resolve("failed/la_code_list.xlsx.reason.txt"));
		assertThat(Files.readString(result.reasonFile())).startsWith("la_code_list.xlsx was not imported.")
			.contains("When:  " + LocalDate.now())
			.contains("  la_code_list.xlsx: this is an Excel workbook (.xlsx) with none of the tables this product imports")
			.contains("Nothing from this file was written to the warehouse.")
			.contains("To retry: fix the file and drop it into the inbox again (" + this.inbox + ")");
		assertThat(counts()).isEqualTo(before);
	}

	@Test
	void failedFileDroppedAgainNeverOverwritesTheFirst() throws IOException {
		dropSettled(this.inbox, InboxTestFiles.WORKBOOK);
		pass();
		String firstReason = Files.readString(this.inbox.resolve("failed/la_code_list.xlsx.reason.txt"));
		dropSettled(this.inbox, InboxTestFiles.WORKBOOK);

		InboxFileResult again = onlyFile(pass());

		assertThat(again.movedTo()).isEqualTo(this.inbox.resolve("failed/la_code_list-2.xlsx"));
		assertThat(again.reasonFile()).isEqualTo(this.inbox.resolve("failed/la_code_list-2.xlsx.reason.txt")).exists();
		assertThat(this.inbox.resolve("failed/la_code_list.xlsx")).exists();
		assertThat(Files.readString(this.inbox.resolve("failed/la_code_list.xlsx.reason.txt"))).isEqualTo(firstReason);
	}

	@Test
	void eesFileWithABrokenRowGoesToFailedNamingLineAndColumnAndChangesNothing() throws IOException {
		WarehouseCounts before = counts();
		dropSettled(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_WITH_TYPO);

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.FAILED);
		assertThat(result.movedTo()).isEqualTo(this.inbox.resolve("failed/b1_children_in_need_with_typo.csv"));
		assertThat(Files.readString(result.reasonFile()))
			.contains("b1_children_in_need_with_typo.csv, line 80, column 'At31_episodes'")
			.contains("22O9")
			.contains("Nothing from this file was written to the warehouse.");
		assertThat(counts()).isEqualTo(before);
		assertThat(this.inbox.resolve("b1_children_in_need_with_typo.csv")).doesNotExist();
	}

	@Test
	void rejectedFileWithSeveralErrorsHasThemAllInItsReasonNote() throws IOException {
		Path typos = TestFiles.copyWithLine(TestFiles.fixture(InboxTestFiles.CHILDREN_IN_NEED_WITH_TYPO),
				this.inbox.resolve("b1_children_in_need_with_typos.csv"), 81, line -> line.replace(",1584,", ",n/a,"));
		InboxTestFiles.settle(typos);

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.FAILED);
		assertThat(Files.readString(result.reasonFile()))
			.contains("  b1_children_in_need_with_typos.csv, line 81, column 'Ended_child': found 'n/a'")
			.contains("(and 1 more error; see the import's findings)\n\n"
					+ "  What the data-quality checks found (import #" + result.imports().get(0).importId() + "):\n"
					+ "    error unknown-symbol: 2 (text where a number or a known suppression symbol was expected)\n"
					+ "      b1_children_in_need_with_typos.csv line 81 column Ended_child value 'n/a': found 'n/a'")
			.contains("      b1_children_in_need_with_typos.csv line 80 column At31_episodes value '22O9': found '22O9'");
	}

	@Test
	void zipFailsWhenOneOfItsDataFilesIsRejectedAndSaysWhatWasImported() throws IOException {
		dropZipSettled(this.inbox, "children-in-need.zip", InboxTestFiles.REFERRALS_2025,
				InboxTestFiles.CHILDREN_IN_NEED_WITH_TYPO);

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.FAILED);
		assertThat(result.imports()).extracting(ImportOutcome::file, ImportOutcome::result)
			.containsExactly(
					tuple("children-in-need.zip!data/b1_children_in_need_with_typo.csv", ImportOutcome.Result.REJECTED),
					tuple("children-in-need.zip!data/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
							ImportOutcome.Result.IMPORTED));
		assertThat(result.movedTo()).isEqualTo(this.inbox.resolve("failed/children-in-need.zip"));
		long referralsImport = result.imports().get(1).summary().importId();
		assertThat(Files.readString(result.reasonFile()))
			.contains("  children-in-need.zip!data/b1_children_in_need_with_typo.csv, line 80, column 'At31_episodes'")
			.contains("imported and stay (dropping the file in again leaves them unchanged):\n"
					+ "  children-in-need.zip!data/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv (import #"
					+ referralsImport + ")");
		assertThat(factsOf(referralsImport)).isPositive();
		long rejectedImport = result.imports().get(0).importId();
		assertThat(this.dsl.select(IMPORT_RUN.IMPORT_ID, IMPORT_RUN.MOVED_TO)
			.from(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.in(rejectedImport, referralsImport))
			.orderBy(IMPORT_RUN.IMPORT_ID)
			.fetchMap(IMPORT_RUN.IMPORT_ID, IMPORT_RUN.MOVED_TO)).containsOnly(
					entry(rejectedImport, result.movedTo() + "!data/b1_children_in_need_with_typo.csv"),
					entry(referralsImport,
							result.movedTo() + "!data/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv"));
	}

	@Test
	void fileStillBeingWrittenIsLeftForTheNextPass() {
		Path dropped = dropStillBeingWritten(this.inbox, Fixtures.TRUNCATED);
		long imports = this.dsl.fetchCount(IMPORT_RUN);

		InboxPass whileWritten = pass();

		assertThat(whileWritten.files()).isEmpty();
		assertThat(whileWritten.waiting()).containsExactly(dropped);
		assertThat(dropped).exists();
		assertThat(this.dsl.fetchCount(IMPORT_RUN)).isEqualTo(imports);

		InboxTestFiles.settle(dropped);
		InboxPass once = pass();

		assertThat(onlyFile(once).status()).isEqualTo(Status.FAILED);
		assertThat(dropped).doesNotExist();
		assertThat(this.inbox.resolve("failed").resolve(dropped.getFileName())).exists();
	}

	@Test
	void hiddenFilesAndPartialDownloadsAreLeftAlone() {
		List<String> names = List.of(".b1.csv", "b1.csv.part", "b1.csv.crdownload", "b1.csv.tmp", "~$la_code_list.xlsx");
		names.forEach(name -> dropSettled(this.inbox, InboxTestFiles.CHILDREN_IN_NEED_2025, name));
		long imports = this.dsl.fetchCount(IMPORT_RUN);

		InboxPass pass = pass();

		assertThat(pass.files()).isEmpty();
		assertThat(pass.waiting()).isEmpty();
		assertThat(names).allSatisfy(name -> assertThat(this.inbox.resolve(name)).exists());
		assertThat(this.dsl.fetchCount(IMPORT_RUN)).isEqualTo(imports);
	}

	@Test
	void metadataFileTravelsToTheArchiveWithItsDataFile() {
		dropSettled(this.inbox, Fixtures.TIMELINESS_WITH_META);
		dropSettled(this.inbox, "ees/timeliness-20-week-with-meta/timeliness_20_week.meta.csv");

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.IMPORTED);
		assertThat(archiveOfToday(this.inbox).resolve("timeliness_20_week.csv")).exists();
		assertThat(archiveOfToday(this.inbox).resolve("timeliness_20_week.meta.csv")).exists();
		assertThat(inboxFiles()).isEmpty();
	}

	@Test
	void metadataFileWithoutItsDataFileGoesToFailedSayingWhichFileIsMissing() throws IOException {
		dropSettled(this.inbox, "ees/timeliness-20-week-with-meta/timeliness_20_week.meta.csv");

		InboxFileResult result = onlyFile(pass());

		assertThat(result.status()).isEqualTo(Status.FAILED);
		assertThat(result.movedTo()).isEqualTo(this.inbox.resolve("failed/timeliness_20_week.meta.csv"));
		assertThat(Files.readString(result.reasonFile()))
			.contains("timeliness_20_week.meta.csv: this describes a data file named timeliness_20_week.csv, which is not in the inbox");
	}

	@Test
	void fileThatCannotBeMovedIsReportedAndStaysInTheInbox() throws IOException {
		// failed/ is a link to nowhere: no folder can be made there
		Files.createSymbolicLink(this.inbox.resolve("failed"), this.inbox.resolve("nowhere"));
		Path dropped = dropSettled(this.inbox, InboxTestFiles.WORKBOOK);

		InboxPass pass = pass();

		InboxFileResult result = onlyFile(pass);
		assertThat(result.status()).isEqualTo(Status.FAILED);
		assertThat(result.wasMoved()).isFalse();
		assertThat(result.problem()).isEqualTo("it could not be moved to failed/ (so the next pass will try it again): "
				+ "FileAlreadyExistsException: " + this.inbox.resolve("failed"));
		assertThat(dropped).exists();
	}

	@Test
	void interruptedImportsAreCleanedUpBeforeTheFiles() {
		long interrupted = this.history.start("interrupted.csv", "/nowhere/interrupted.csv", "0".repeat(64), "inbox");
		ImportOwners.deadProcessOnThisHost(this.dsl, interrupted);
		dropSettled(this.inbox, InboxTestFiles.WORKBOOK);

		InboxPass pass = pass();

		assertThat(pass.recoveredImports()).containsExactly(interrupted);
		assertThat(this.dsl.fetchSingle(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(interrupted)).getStatus())
			.isEqualTo(ImportHistory.FAILED);
	}

	@Test
	void inboxHeldByAnotherProcessIsLeftAlone() throws IOException {
		Path dropped = dropSettled(this.inbox, InboxTestFiles.WORKBOOK);
		try (FileChannel channel = FileChannel.open(this.inbox.resolve(".sendap-inbox.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock held = channel.lock()) {

			InboxPass pass = pass();

			assertThat(pass.completed()).isFalse();
			assertThat(pass.problem()).startsWith("another process is processing this inbox");
			assertThat(dropped).exists();
		}
	}

	@Test
	void missingInboxFolderIsReportedNotThrown() {
		InboxPass pass = this.processor.process(new InboxFolder(this.inbox.resolve("not-there"), Duration.ofSeconds(10)));

		assertThat(pass.completed()).isFalse();
		assertThat(pass.problem()).isEqualTo("the inbox folder " + this.inbox.resolve("not-there") + " does not exist (or is not a folder)");
	}

	@Test
	void noScheduleRunsUnlessTheInboxIsEnabled() {
		assertThat(this.context.getBeansOfType(InboxWatcher.class)).isEmpty();
	}

	private InboxPass pass() {
		return this.processor.process(new InboxFolder(this.inbox, Duration.ofSeconds(10)));
	}

	private static InboxFileResult onlyFile(InboxPass pass) {
		assertThat(pass.completed()).as("pass problem: %s", pass.problem()).isTrue();
		assertThat(pass.files()).hasSize(1);
		return pass.files().get(0);
	}

	private List<Path> inboxFiles() {
		try (Stream<Path> list = Files.list(this.inbox)) {
			return list.filter(Files::isRegularFile).filter(file -> !file.getFileName().toString().startsWith(".")).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long factsOf(long importId) {
		return this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(importId));
	}

	private long allFacts() {
		return this.dsl.fetchCount(FACT);
	}

	private WarehouseCounts counts() {
		return new WarehouseCounts(allFacts(), this.dsl.fetchCount(IMPORT_RUN, IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED)),
				this.dsl.fetchCount(DATASET));
	}

	/** What a rejected file must leave as it was. */
	private record WarehouseCounts(long facts, long completedImports, long datasets) {
	}

}
