package org.sendap.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.job.ImportOutcome.Result;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.InterruptedImports;
import org.sendap.etl.pipeline.WarehouseDimensions;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.testsupport.ImportOwners;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.sendap.warehouse.tables.records.ImportRunRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Several processes import into one warehouse (the dashboard, a command-line import or watch): the
 * recovery of interrupted imports removes the partial data of an import only when its process is
 * provably gone, and never that of an import another process is still running. Each test makes a
 * RUNNING import with some facts, as a process in the middle of a file leaves it, and gives it an
 * owner. Run once per database (subclasses choose it).
 */
@SpringBootTest(classes = EtlApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF",
				"logging.level.org.sendap.etl.job=ERROR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
abstract class InterruptedImportsFunctionalTests {

	private static final int PARTIAL_FACTS = 10;

	@Autowired
	private FileImporter importer;

	@Autowired
	private ImportHistory history;

	@Autowired
	private ReferenceDataLoader referenceData;

	@Autowired
	private DSLContext dsl;

	private ImportRunRecord completedImport;

	@BeforeAll
	void importOneFileToCopyFactsFrom() {
		this.referenceData.load();
		ImportOutcome outcome = this.importer
			.importFile(SourceFile.onDisk(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));
		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		this.completedImport = this.dsl.fetchSingle(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(outcome.summary().importId()));
	}

	@Test
	void importOfALiveProcessOnAnotherHostIsLeftAlone() {
		long running = partialImport();
		ImportOwners.liveProcessOnAnotherHost(this.dsl, running);

		List<Long> recovered = this.importer.recoverInterrupted();

		assertThat(recovered).doesNotContain(running);
		assertThat(run(running).getStatus()).isEqualTo(ImportHistory.RUNNING);
		assertThat(factsOf(running)).isEqualTo(PARTIAL_FACTS);
	}

	@Test
	void importOfThisProcessStillRunningIsLeftAlone() {
		long running = partialImport();

		List<Long> recovered = this.importer.recoverInterrupted();

		assertThat(recovered).doesNotContain(running);
		assertThat(run(running).getStatus()).isEqualTo(ImportHistory.RUNNING);
		assertThat(factsOf(running)).isEqualTo(PARTIAL_FACTS);
	}

	@Test
	void importWhoseHeartbeatStoppedIsRecovered() {
		long running = partialImport();
		ImportOwners.liveProcessOnAnotherHost(this.dsl, running);
		ImportOwners.heartbeatSilentFor(this.dsl, running, Duration.ofMinutes(3));

		List<Long> recovered = this.importer.recoverInterrupted();

		assertThat(recovered).contains(running);
		assertRecovered(running);
	}

	@Test
	void importWithAHeartbeatSilentForLessThanTheStalenessIsLeftAlone() {
		long running = partialImport();
		ImportOwners.liveProcessOnAnotherHost(this.dsl, running);
		ImportOwners.heartbeatSilentFor(this.dsl, running, Duration.ofSeconds(90));

		List<Long> recovered = this.importer.recoverInterrupted();

		assertThat(recovered).doesNotContain(running);
		assertThat(factsOf(running)).isEqualTo(PARTIAL_FACTS);
	}

	@Test
	void importOfADeadProcessOnThisHostIsRecoveredAtOnce() {
		long running = partialImport();
		ImportOwners.deadProcessOnThisHost(this.dsl, running);

		List<Long> recovered = this.importer.recoverInterrupted();

		assertThat(recovered).contains(running);
		assertRecovered(running);
	}

	@Test
	void heartbeatKeepsAnImportAlive() {
		long running = partialImport();
		ImportOwners.liveProcessOnAnotherHost(this.dsl, running);
		ImportOwners.heartbeatSilentFor(this.dsl, running, Duration.ofMinutes(3));

		assertThat(this.history.beat(running)).isTrue();
		List<Long> recovered = this.importer.recoverInterrupted();

		assertThat(recovered).doesNotContain(running);
		assertThat(run(running).getStatus()).isEqualTo(ImportHistory.RUNNING);
	}

	@Test
	void heartbeatOfTheImporterBeatsWhileTheImportRuns() throws InterruptedException {
		long running = partialImport();
		ImportOwners.heartbeatSilentFor(this.dsl, running, Duration.ofMinutes(3));
		OffsetDateTime silentSince = run(running).getHeartbeatAt();

		try (ImportHeartbeat heartbeat = new ImportHeartbeat(this.history, Duration.ofMillis(50));
				ImportHeartbeat.Beating beating = heartbeat.keepAlive(running)) {
			long giveUpAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!run(running).getHeartbeatAt().isAfter(silentSince) && System.nanoTime() < giveUpAt) {
				Thread.sleep(20);
			}
		}

		assertThat(run(running).getHeartbeatAt()).as("heartbeat of import #%d", running).isAfter(silentSince);
	}

	@Test
	void importTakenForInterruptedCannotCompleteAfterwards() {
		long running = partialImport();
		ImportOwners.liveProcessOnAnotherHost(this.dsl, running);
		ImportOwners.heartbeatSilentFor(this.dsl, running, Duration.ofMinutes(3));
		this.importer.recoverInterrupted();

		var completed = this.history.complete(running, 165);

		assertThat(completed).isEmpty();
		assertRecovered(running);
		assertThat(this.history.beat(running)).as("a beat for an import that is no longer running").isFalse();
	}

	@Test
	void anAreaAddedByAnInterruptedImportIsNewAgainToTheImportRunAfterIt() {
		AreaRef provider = new AreaRef(AreaRef.PROVIDER, "provider:interrupted-community-trust", null,
				"Interrupted Community Trust", null);
		long killed = partialImport();
		List<AreaRef> newToTheKilledImport = new ArrayList<>();
		new WarehouseDimensions(this.dsl, killed, (area, row) -> newToTheKilledImport.add(area)).area(provider, null);
		ImportOwners.deadProcessOnThisHost(this.dsl, killed);
		this.importer.recoverInterrupted();

		long again = this.history.start("community_health_2023-09-01.xlsx", "/data/inbox/chs.xlsx", "1".repeat(64),
				"command line");
		List<AreaRef> newToTheImportAgain = new ArrayList<>();
		new WarehouseDimensions(this.dsl, again, (area, row) -> newToTheImportAgain.add(area)).area(provider, null);
		List<AreaRef> newToALaterImport = new ArrayList<>();
		long later = this.history.start("community_health_2023-10-01.xlsx", "/data/inbox/chs2.xlsx", "2".repeat(64),
				"command line");
		new WarehouseDimensions(this.dsl, later, (area, row) -> newToALaterImport.add(area)).area(provider, null);

		assertThat(newToTheKilledImport).containsExactly(provider);
		assertThat(newToTheImportAgain).as("the same area, met again after the import that added it failed")
			.containsExactly(provider);
		assertThat(newToALaterImport).as("met once more while the import that took it over is running").isEmpty();
	}

	/** A RUNNING import of this process, in the middle of its file: some of its facts are written. */
	private long partialImport() {
		long running = this.history.start("b1_children_in_need_2013_to_2025.csv", "/data/inbox/b1.csv", "0".repeat(64),
				"command line");
		this.history.attachDataset(running, this.completedImport.getDatasetId());
		this.dsl.insertInto(FACT, FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID, FACT.IMPORT_ID,
				FACT.OBS_VALUE, FACT.OBS_STATUS)
			.select(this.dsl.select(FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID, DSL.val(running),
					FACT.OBS_VALUE, FACT.OBS_STATUS)
				.from(FACT)
				.where(FACT.IMPORT_ID.eq(this.completedImport.getImportId()))
				.orderBy(FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID)
				.limit(PARTIAL_FACTS))
			.execute();
		this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.FACTS_WRITTEN, (long) PARTIAL_FACTS)
			.where(IMPORT_RUN.IMPORT_ID.eq(running))
			.execute();
		return running;
	}

	private void assertRecovered(long importId) {
		ImportRunRecord run = run(importId);
		assertThat(run.getStatus()).isEqualTo(ImportHistory.FAILED);
		assertThat(run.getMessage()).isEqualTo(InterruptedImports.MESSAGE);
		assertThat(factsOf(importId)).isZero();
		assertThat(factsOf(this.completedImport.getImportId())).isEqualTo(this.completedImport.getFactsWritten());
	}

	private ImportRunRecord run(long importId) {
		return this.dsl.fetchSingle(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(importId));
	}

	private long factsOf(long importId) {
		return this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(importId));
	}

}
