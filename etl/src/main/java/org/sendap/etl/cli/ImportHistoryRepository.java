package org.sendap.etl.cli;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.IMPORT_CHECK;
import static org.sendap.warehouse.Tables.IMPORT_FINDING;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.RELEASE;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;

/**
 * The import history as the {@code imports} command reads it: the runs, newest first, and for one
 * run its checks and findings.
 */
@Component
class ImportHistoryRepository {

	private final DSLContext dsl;

	ImportHistoryRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * One attempt to import a file; dataset, publication and release are null when it has none, and
	 * movedTo when the file was not moved after its import (only the inbox moves files).
	 */
	record ImportRun(long id, String file, String sourcePath, String movedTo, String sha256, String layout,
			String origin, String dataset, String publication, String release, String status, OffsetDateTime started,
			OffsetDateTime finished, long rowsRead, long factsWritten, long rowsSkipped, long warnings, long errors,
			Long supersededBy, String message) {
	}

	record CheckCount(String severity, String check, long findings) {
	}

	record FindingRow(String severity, String check, String file, String sheet, Long line, String column, String value,
			String message) {
	}

	/** The newest imports first, of one status or of all (null). */
	List<ImportRun> newest(int limit, String status) {
		return runs().where(ofStatus(status))
			.orderBy(IMPORT_RUN.IMPORT_ID.desc())
			.limit(limit)
			.fetch(ImportHistoryRepository::toRun);
	}

	int count(String status) {
		return this.dsl.fetchCount(IMPORT_RUN, ofStatus(status));
	}

	Optional<ImportRun> find(long id) {
		return runs().where(IMPORT_RUN.IMPORT_ID.eq(id)).fetchOptional(ImportHistoryRepository::toRun);
	}

	/** What each check found, errors first. */
	List<CheckCount> checks(long id) {
		return this.dsl.select(IMPORT_CHECK.SEVERITY, IMPORT_CHECK.CHECK_CODE, IMPORT_CHECK.FINDING_COUNT)
			.from(IMPORT_CHECK)
			.where(IMPORT_CHECK.IMPORT_ID.eq(id))
			.orderBy(IMPORT_CHECK.SEVERITY, IMPORT_CHECK.CHECK_CODE)
			.fetch(record -> new CheckCount(record.value1(), record.value2(), record.value3()));
	}

	/** The findings kept in detail, errors first, in the order they were found. */
	List<FindingRow> findings(long id) {
		return this.dsl
			.select(IMPORT_FINDING.SEVERITY, IMPORT_FINDING.CHECK_CODE, IMPORT_FINDING.FILE_NAME, IMPORT_FINDING.SHEET,
					IMPORT_FINDING.LINE, IMPORT_FINDING.COLUMN_NAME, IMPORT_FINDING.CELL_VALUE, IMPORT_FINDING.MESSAGE)
			.from(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(id))
			.orderBy(IMPORT_FINDING.SEVERITY, IMPORT_FINDING.FINDING_ID)
			.fetch(record -> new FindingRow(record.value1(), record.value2(), record.value3(), record.value4(),
					record.value5(), record.value6(), record.value7(), record.value8()));
	}

	private SelectOnConditionStep<Record> runs() {
		return this.dsl.select(IMPORT_RUN.fields())
			.select(DATASET.NAME, RELEASE.PUBLICATION, RELEASE.RELEASE_LABEL)
			.from(IMPORT_RUN)
			.leftJoin(DATASET).on(DATASET.DATASET_ID.eq(IMPORT_RUN.DATASET_ID))
			.leftJoin(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID));
	}

	private static Condition ofStatus(String status) {
		return status == null ? DSL.noCondition() : IMPORT_RUN.STATUS.eq(status);
	}

	private static ImportRun toRun(Record record) {
		return new ImportRun(record.get(IMPORT_RUN.IMPORT_ID), record.get(IMPORT_RUN.FILE_NAME),
				record.get(IMPORT_RUN.SOURCE_PATH), record.get(IMPORT_RUN.MOVED_TO), record.get(IMPORT_RUN.SHA256),
				record.get(IMPORT_RUN.SOURCE_FORMAT), record.get(IMPORT_RUN.ORIGIN), record.get(DATASET.NAME),
				record.get(RELEASE.PUBLICATION), record.get(RELEASE.RELEASE_LABEL), record.get(IMPORT_RUN.STATUS),
				record.get(IMPORT_RUN.STARTED_AT), record.get(IMPORT_RUN.FINISHED_AT), record.get(IMPORT_RUN.ROWS_READ),
				record.get(IMPORT_RUN.FACTS_WRITTEN), record.get(IMPORT_RUN.ROWS_SKIPPED), record.get(IMPORT_RUN.WARNINGS),
				record.get(IMPORT_RUN.ERRORS), record.get(IMPORT_RUN.SUPERSEDED_BY), record.get(IMPORT_RUN.MESSAGE));
	}

}
