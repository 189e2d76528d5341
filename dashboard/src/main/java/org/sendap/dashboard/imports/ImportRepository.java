package org.sendap.dashboard.imports;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.IMPORT_CHECK;
import static org.sendap.warehouse.Tables.IMPORT_FINDING;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.IMPORT_SKIP;
import static org.sendap.warehouse.Tables.RELEASE;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.sendap.etl.quality.QualityCheck;
import org.springframework.stereotype.Repository;

/**
 * The import history: every import with its dataset and lineage, and each import's checks,
 * findings and skipped rows.
 */
@Repository
class ImportRepository {

	// The generated table class has the same simple name as this feature's ImportRun record.
	private static final org.sendap.warehouse.tables.ImportRun EARLIER = IMPORT_RUN.as("earlier");

	private static final Field<List<Long>> SUPERSEDES = DSL
		.multiset(DSL.select(EARLIER.IMPORT_ID)
			.from(EARLIER)
			.where(EARLIER.SUPERSEDED_BY.eq(IMPORT_RUN.IMPORT_ID))
			.orderBy(EARLIER.IMPORT_ID))
		.as("supersedes")
		.convertFrom(result -> result.map(record -> record.value1()));

	private final DSLContext dsl;

	ImportRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Imports newest first, optionally only those with one status. */
	List<ImportRun> newestFirst(String status, int offset, int limit) {
		return runs().where(statusIs(status))
			.orderBy(IMPORT_RUN.STARTED_AT.desc(), IMPORT_RUN.IMPORT_ID.desc())
			.limit(limit)
			.offset(offset)
			.fetch(ImportRepository::run);
	}

	int count(String status) {
		return this.dsl.fetchCount(IMPORT_RUN, statusIs(status));
	}

	Optional<ImportRun> find(long importId) {
		return runs().where(IMPORT_RUN.IMPORT_ID.eq(importId)).fetchOptional(ImportRepository::run);
	}

	/** The import with its checks, findings and skipped rows. */
	Optional<ImportReport> report(long importId) {
		return find(importId).map(run -> new ImportReport(run, checks(importId), findings(importId), skips(importId)));
	}

	/** Each check that found something, errors first, with how many findings are kept in detail. */
	List<ImportReport.Check> checks(long importId) {
		Field<Integer> kept = DSL.field(DSL.selectCount()
			.from(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(IMPORT_CHECK.IMPORT_ID))
			.and(IMPORT_FINDING.CHECK_CODE.eq(IMPORT_CHECK.CHECK_CODE)));
		return this.dsl.select(IMPORT_CHECK.CHECK_CODE, IMPORT_CHECK.SEVERITY, IMPORT_CHECK.FINDING_COUNT, kept)
			.from(IMPORT_CHECK)
			.where(IMPORT_CHECK.IMPORT_ID.eq(importId))
			.orderBy(IMPORT_CHECK.SEVERITY, IMPORT_CHECK.FINDING_COUNT.desc(), IMPORT_CHECK.CHECK_CODE)
			.fetch(record -> new ImportReport.Check(record.value1(), record.value2(), record.value3(),
					record.value4(), description(record.value1())));
	}

	/** The findings kept in detail, errors first, then by check in the order they were found. */
	List<ImportReport.Finding> findings(long importId) {
		return this.dsl.selectFrom(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(importId))
			.orderBy(IMPORT_FINDING.SEVERITY, IMPORT_FINDING.CHECK_CODE, IMPORT_FINDING.FINDING_ID)
			.fetch(record -> new ImportReport.Finding(record.getCheckCode(), record.getSeverity(),
					record.getFileName(), record.getSheet(), record.getLine(), record.getColumnName(),
					record.getCellValue(), record.getMessage()));
	}

	List<ImportReport.Skip> skips(long importId) {
		return this.dsl.selectFrom(IMPORT_SKIP)
			.where(IMPORT_SKIP.IMPORT_ID.eq(importId))
			.orderBy(IMPORT_SKIP.FIRST_LINE, IMPORT_SKIP.REASON)
			.fetch(record -> new ImportReport.Skip(record.getReason(), record.getRowCount(), record.getFirstLine(),
					record.getPlaces()));
	}

	private SelectOnConditionStep<Record> runs() {
		return this.dsl.select(IMPORT_RUN.fields())
			.select(DATASET.NAME, RELEASE.PUBLICATION, RELEASE.RELEASE_LABEL, SUPERSEDES)
			.from(IMPORT_RUN)
			.leftJoin(DATASET).on(DATASET.DATASET_ID.eq(IMPORT_RUN.DATASET_ID))
			.leftJoin(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID));
	}

	private static Condition statusIs(String status) {
		return status == null ? DSL.noCondition() : IMPORT_RUN.STATUS.eq(status);
	}

	private static ImportRun run(Record record) {
		return new ImportRun(record.get(IMPORT_RUN.IMPORT_ID),
				record.get(IMPORT_RUN.FILE_NAME), record.get(IMPORT_RUN.SHA256), record.get(IMPORT_RUN.SOURCE_FORMAT),
				record.get(IMPORT_RUN.ORIGIN), record.get(RELEASE.PUBLICATION), record.get(DATASET.NAME),
				record.get(RELEASE.RELEASE_LABEL), record.get(IMPORT_RUN.STATUS),
				instant(record.get(IMPORT_RUN.STARTED_AT)), instant(record.get(IMPORT_RUN.FINISHED_AT)),
				record.get(IMPORT_RUN.ROWS_READ), record.get(IMPORT_RUN.FACTS_WRITTEN),
				record.get(IMPORT_RUN.ROWS_SKIPPED), record.get(IMPORT_RUN.WARNINGS), record.get(IMPORT_RUN.ERRORS),
				record.get(IMPORT_RUN.MESSAGE), record.get(IMPORT_RUN.SUPERSEDED_BY), record.get(SUPERSEDES),
				record.get(IMPORT_RUN.SOURCE_PATH), record.get(IMPORT_RUN.MOVED_TO));
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}

	/** The check's description as the pipeline defines it; a code it no longer knows keeps its code. */
	private static String description(String code) {
		try {
			String description = QualityCheck.ofCode(code).description();
			return description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1);
		}
		catch (IllegalArgumentException ex) {
			return code;
		}
	}

}
