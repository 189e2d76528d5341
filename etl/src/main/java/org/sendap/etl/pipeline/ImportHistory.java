package org.sendap.etl.pipeline;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.IMPORT_SKIP;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.RELEASE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sendap.warehouse.tables.records.ImportRunRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The import history: one row per attempt, with its file, checksum, counts and outcome. It is
 * also what makes an import all-or-nothing: facts count only once their import is COMPLETED, and
 * a failed or interrupted import has its facts removed.
 */
@Component
public class ImportHistory {

	public static final String RUNNING = "RUNNING";

	public static final String COMPLETED = "COMPLETED";

	public static final String FAILED = "FAILED";

	public static final String SUPERSEDED = "SUPERSEDED";

	/** The source format of an import whose file was not (or not yet) recognised. */
	public static final String NOT_RECOGNISED = "not recognised";

	private static final int MESSAGE_LIMIT = 4000;

	private final DSLContext dsl;

	public ImportHistory(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Rows skipped for one reason.
	 *
	 * @param places the first rows skipped ({@link SkipPlaces}); null for imports recorded before they were kept
	 */
	public record SkipCount(String reason, long rows, long firstLine, String places) {

		/** The places of the first rows skipped, or the first line where they were not kept. */
		public String where() {
			return this.places != null ? this.places : "line " + this.firstLine;
		}

	}

	public record Summary(long importId, String status, long rowsRead, long factsWritten, long rowsSkipped,
			List<SkipCount> skips, Long supersededImport, long warnings) {
	}

	/** The completed import of exactly this content, if there is one. */
	public Optional<ImportRunRecord> completedWithChecksum(String sha256) {
		return this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.SHA256.eq(sha256).and(IMPORT_RUN.STATUS.eq(COMPLETED)))
			.orderBy(IMPORT_RUN.IMPORT_ID.desc())
			.limit(1)
			.fetchOptional();
	}

	/** Records a RUNNING import owned by this process, its first heartbeat on the database's clock. */
	@Transactional
	public long start(String fileName, String sourcePath, String sha256, String origin) {
		ImportOwner owner = ImportOwner.thisProcess();
		return this.dsl.insertInto(IMPORT_RUN)
			.set(IMPORT_RUN.FILE_NAME, fileName)
			.set(IMPORT_RUN.SOURCE_PATH, sourcePath)
			.set(IMPORT_RUN.SHA256, sha256)
			.set(IMPORT_RUN.SOURCE_FORMAT, NOT_RECOGNISED)
			.set(IMPORT_RUN.ORIGIN, origin)
			.set(IMPORT_RUN.STATUS, RUNNING)
			.set(IMPORT_RUN.STARTED_AT, OffsetDateTime.now())
			.set(IMPORT_RUN.OWNER_HOST, owner.host())
			.set(IMPORT_RUN.OWNER_PID, owner.pid())
			.set(IMPORT_RUN.HEARTBEAT_AT, DSL.currentOffsetDateTime())
			.returning(IMPORT_RUN.IMPORT_ID)
			.fetchOne(IMPORT_RUN.IMPORT_ID);
	}

	/**
	 * Records that the import's process is still alive; false once the import is no longer RUNNING.
	 * In a transaction of its own, so that other processes see it at once whatever the import's own
	 * transaction is doing.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean beat(long importId) {
		return this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.HEARTBEAT_AT, DSL.currentOffsetDateTime())
			.where(IMPORT_RUN.IMPORT_ID.eq(importId).and(IMPORT_RUN.STATUS.eq(RUNNING)))
			.execute() == 1;
	}

	/**
	 * The layout the file was recognised as, once it is known; kept even if the file is then rejected
	 * (and before the findings, which update the same row in a transaction of their own).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void attachLayout(long importId, String layout) {
		this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.SOURCE_FORMAT, layout)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
	}

	@Transactional
	public void attachDataset(long importId, long datasetId) {
		this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.DATASET_ID, datasetId)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
	}

	/**
	 * Where the file is now that the inbox has moved it (to its archive or failed folder); the source
	 * path keeps where it was read from.
	 */
	@Transactional
	public void recordMove(long importId, String movedTo) {
		this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.MOVED_TO, movedTo)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
	}

	/**
	 * Makes the import's facts count, in one transaction: an earlier completed import of the same
	 * dataset is superseded by it (and stays in the history, with its facts, for tracing). Empty, and
	 * nothing changed, when the import is no longer RUNNING.
	 */
	@Transactional
	public Optional<Summary> complete(long importId, long rowsRead) {
		ImportRunRecord run = this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.forUpdate()
			.fetchSingle();
		if (!RUNNING.equals(run.getStatus())) {
			// Another process took it for interrupted (its heartbeat was silent too long) and removed its data.
			return Optional.empty();
		}
		List<SkipCount> skips = skips(importId);
		long skipped = skips.stream().mapToLong(SkipCount::rows).sum();
		long facts = run.getFactsWritten();
		Long superseded = null;
		if (run.getDatasetId() != null) {
			superseded = this.dsl.select(DSL.max(IMPORT_RUN.IMPORT_ID))
				.from(IMPORT_RUN)
				.where(IMPORT_RUN.DATASET_ID.eq(run.getDatasetId())
					.and(IMPORT_RUN.STATUS.eq(COMPLETED))
					.and(IMPORT_RUN.IMPORT_ID.ne(importId)))
				.fetchOne(0, Long.class);
			this.dsl.update(IMPORT_RUN)
				.set(IMPORT_RUN.STATUS, SUPERSEDED)
				.set(IMPORT_RUN.SUPERSEDED_BY, importId)
				.where(IMPORT_RUN.DATASET_ID.eq(run.getDatasetId())
					.and(IMPORT_RUN.STATUS.eq(COMPLETED))
					.and(IMPORT_RUN.IMPORT_ID.ne(importId)))
				.execute();
		}
		this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.STATUS, COMPLETED)
			.set(IMPORT_RUN.FINISHED_AT, OffsetDateTime.now())
			.set(IMPORT_RUN.ROWS_READ, rowsRead)
			.set(IMPORT_RUN.ROWS_SKIPPED, skipped)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
		return Optional.of(new Summary(importId, COMPLETED, rowsRead, facts, skipped, skips, superseded, run.getWarnings()));
	}

	/** Removes whatever the import wrote and records why it failed. */
	@Transactional
	public void fail(long importId, String message) {
		Long datasetId = this.dsl.select(IMPORT_RUN.DATASET_ID)
			.from(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.fetchOne(IMPORT_RUN.DATASET_ID);
		// Through the dataset's indicators the primary key finds the facts; without a dataset
		// (never expected: it is attached before any fact is written) the whole table is searched.
		this.dsl.deleteFrom(FACT)
			.where(FACT.IMPORT_ID.eq(importId))
			.and(datasetId == null ? DSL.noCondition()
					: FACT.INDICATOR_ID.in(this.dsl.select(INDICATOR.INDICATOR_ID)
						.from(INDICATOR)
						.where(INDICATOR.DATASET_ID.eq(datasetId))))
			.execute();
		this.dsl.deleteFrom(IMPORT_SKIP).where(IMPORT_SKIP.IMPORT_ID.eq(importId)).execute();
		this.dsl.update(IMPORT_RUN)
			.setNull(IMPORT_RUN.DATASET_ID)
			.set(IMPORT_RUN.STATUS, FAILED)
			.set(IMPORT_RUN.FINISHED_AT, OffsetDateTime.now())
			.set(IMPORT_RUN.FACTS_WRITTEN, 0L)
			.set(IMPORT_RUN.MESSAGE, message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) : message)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
		if (datasetId != null) {
			removeIfUnused(datasetId);
		}
	}

	/** A dataset that only a failed import introduced is removed, with its indicators and release. */
	private void removeIfUnused(long datasetId) {
		if (this.dsl.fetchExists(IMPORT_RUN, IMPORT_RUN.DATASET_ID.eq(datasetId))) {
			return;
		}
		Long releaseId = this.dsl.select(DATASET.RELEASE_ID)
			.from(DATASET)
			.where(DATASET.DATASET_ID.eq(datasetId))
			.fetchOne(DATASET.RELEASE_ID);
		this.dsl.deleteFrom(INDICATOR).where(INDICATOR.DATASET_ID.eq(datasetId)).execute();
		this.dsl.deleteFrom(DATASET).where(DATASET.DATASET_ID.eq(datasetId)).execute();
		if (releaseId != null && !this.dsl.fetchExists(DATASET, DATASET.RELEASE_ID.eq(releaseId))) {
			this.dsl.deleteFrom(RELEASE).where(RELEASE.RELEASE_ID.eq(releaseId)).execute();
		}
	}

	/** The imports still RUNNING, in this process or any other (or left so by one that stopped). */
	public List<ImportRunRecord> running() {
		return this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.STATUS.eq(RUNNING))
			.orderBy(IMPORT_RUN.IMPORT_ID)
			.fetch();
	}

	/** The database's clock, which heartbeats are recorded by. */
	public OffsetDateTime databaseTime() {
		return this.dsl.select(DSL.currentOffsetDateTime()).fetchSingle().value1();
	}

	/**
	 * Fails the import, as {@link #fail} does, if it is still RUNNING and still judged interrupted once
	 * its row is locked: another process may be recovering it at the same moment, or its heartbeat may
	 * have come in since it was judged.
	 */
	@Transactional
	public boolean failIfInterrupted(long importId, Predicate<ImportRunRecord> interrupted, String message) {
		boolean stillInterrupted = this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId).and(IMPORT_RUN.STATUS.eq(RUNNING)))
			.forUpdate()
			.fetchOptional()
			.filter(interrupted)
			.isPresent();
		if (stillInterrupted) {
			fail(importId, message);
		}
		return stillInterrupted;
	}

	public List<SkipCount> skips(long importId) {
		return this.dsl.select(IMPORT_SKIP.REASON, IMPORT_SKIP.ROW_COUNT, IMPORT_SKIP.FIRST_LINE, IMPORT_SKIP.PLACES)
			.from(IMPORT_SKIP)
			.where(IMPORT_SKIP.IMPORT_ID.eq(importId))
			.orderBy(IMPORT_SKIP.FIRST_LINE)
			.fetch(record -> new SkipCount(record.value1(), record.value2(), record.value3(), record.value4()));
	}

}
