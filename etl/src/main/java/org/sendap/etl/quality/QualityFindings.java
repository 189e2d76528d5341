package org.sendap.etl.quality;

import static org.sendap.warehouse.Tables.IMPORT_CHECK;
import static org.sendap.warehouse.Tables.IMPORT_FINDING;
import static org.sendap.warehouse.Tables.IMPORT_RUN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jooq.DSLContext;
import org.sendap.warehouse.tables.records.ImportFindingRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the findings of each import in the import history: a count per check, the first findings of
 * each check in detail, and the import's totals of errors and warnings. Findings stay when an import
 * is rejected: they are the reason.
 */
@Component
public class QualityFindings {

	private static final int TEXT_LIMIT = 300;

	private static final int MESSAGE_LIMIT = 2000;

	private final DSLContext dsl;

	private final QualityPolicy policy;

	public QualityFindings(DSLContext dsl, QualityPolicy policy) {
		this.dsl = dsl;
		this.policy = policy;
	}

	public QualityReport newReport() {
		return new QualityReport(this.policy);
	}

	/**
	 * In a transaction of its own: a step that rejects the file rolls its own work back, but the
	 * findings that say why must stay.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void save(long importId, QualityReport report) {
		if (report.isEmpty()) {
			return;
		}
		for (Map.Entry<QualityCheck, QualityReport.Tally> entry : report.tallies().entrySet()) {
			String code = entry.getKey().code();
			QualityReport.Tally tally = entry.getValue();
			ImportCheckRow existing = this.dsl.select(IMPORT_CHECK.FINDING_COUNT, IMPORT_CHECK.SEVERITY)
				.from(IMPORT_CHECK)
				.where(IMPORT_CHECK.IMPORT_ID.eq(importId).and(IMPORT_CHECK.CHECK_CODE.eq(code)))
				.fetchOptional(record -> new ImportCheckRow(record.value1(), record.value2()))
				.orElse(null);
			long keptAlready = existing == null ? 0 : Math.min(existing.count(), this.policy.findingsKeptPerCheck());
			long room = this.policy.findingsKeptPerCheck() - keptAlready;
			report.kept()
				.stream()
				.filter(finding -> finding.check() == entry.getKey())
				.limit(Math.max(0, room))
				.forEach(finding -> insert(importId, finding));
			String severity = tally.severity() == Severity.ERROR || (existing != null && existing.severity().equals("ERROR"))
					? Severity.ERROR.name() : Severity.WARNING.name();
			if (existing == null) {
				this.dsl.insertInto(IMPORT_CHECK)
					.set(IMPORT_CHECK.IMPORT_ID, importId)
					.set(IMPORT_CHECK.CHECK_CODE, code)
					.set(IMPORT_CHECK.SEVERITY, severity)
					.set(IMPORT_CHECK.FINDING_COUNT, tally.count())
					.execute();
			}
			else {
				this.dsl.update(IMPORT_CHECK)
					.set(IMPORT_CHECK.SEVERITY, severity)
					.set(IMPORT_CHECK.FINDING_COUNT, IMPORT_CHECK.FINDING_COUNT.plus(tally.count()))
					.where(IMPORT_CHECK.IMPORT_ID.eq(importId).and(IMPORT_CHECK.CHECK_CODE.eq(code)))
					.execute();
			}
		}
		long errors = report.errors();
		long warnings = report.warnings();
		this.dsl.update(IMPORT_RUN)
			.set(IMPORT_RUN.ERRORS, IMPORT_RUN.ERRORS.plus(errors))
			.set(IMPORT_RUN.WARNINGS, IMPORT_RUN.WARNINGS.plus(warnings))
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.execute();
		report.clear();
	}

	public long errors(long importId) {
		return this.dsl.select(IMPORT_RUN.ERRORS).from(IMPORT_RUN).where(IMPORT_RUN.IMPORT_ID.eq(importId)).fetchOne(IMPORT_RUN.ERRORS);
	}

	/**
	 * What the checks found in an import: each check's count, errors first and then the checks that
	 * found most, with its kept findings in the order they were found.
	 */
	public ImportFindings summary(long importId) {
		Map<QualityCheck, List<Finding>> kept = findings(importId).stream()
			.collect(Collectors.groupingBy(Finding::check, LinkedHashMap::new, Collectors.toList()));
		return new ImportFindings(this.dsl.select(IMPORT_CHECK.CHECK_CODE, IMPORT_CHECK.SEVERITY, IMPORT_CHECK.FINDING_COUNT)
			.from(IMPORT_CHECK)
			.where(IMPORT_CHECK.IMPORT_ID.eq(importId))
			.orderBy(IMPORT_CHECK.SEVERITY, IMPORT_CHECK.FINDING_COUNT.desc(), IMPORT_CHECK.CHECK_CODE)
			.fetch(record -> {
				QualityCheck check = QualityCheck.ofCode(record.value1());
				return new ImportFindings.CheckFindings(check, Severity.valueOf(record.value2()), record.value3(),
						kept.getOrDefault(check, List.of()));
			}));
	}

	/** The kept findings of an import, errors first, in the order they were found. */
	public List<Finding> findings(long importId) {
		return this.dsl.selectFrom(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(importId))
			.orderBy(IMPORT_FINDING.SEVERITY, IMPORT_FINDING.FINDING_ID)
			.fetch(QualityFindings::toFinding);
	}

	private void insert(long importId, Finding finding) {
		this.dsl.insertInto(IMPORT_FINDING)
			.set(IMPORT_FINDING.IMPORT_ID, importId)
			.set(IMPORT_FINDING.CHECK_CODE, finding.check().code())
			.set(IMPORT_FINDING.SEVERITY, finding.severity().name())
			.set(IMPORT_FINDING.FILE_NAME, limit(finding.file(), 500))
			.set(IMPORT_FINDING.SHEET, limit(finding.sheet(), 100))
			.set(IMPORT_FINDING.LINE, finding.line())
			.set(IMPORT_FINDING.COLUMN_NAME, limit(finding.column(), TEXT_LIMIT))
			.set(IMPORT_FINDING.CELL_VALUE, limit(finding.value(), TEXT_LIMIT))
			.set(IMPORT_FINDING.MESSAGE, limit(finding.message(), MESSAGE_LIMIT))
			.execute();
	}

	private static Finding toFinding(ImportFindingRecord record) {
		return new Finding(QualityCheck.ofCode(record.getCheckCode()), Severity.valueOf(record.getSeverity()),
				record.getFileName(), record.getSheet(), record.getLine(), record.getColumnName(), record.getCellValue(),
				record.getMessage());
	}

	private static String limit(String text, int length) {
		return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	private record ImportCheckRow(long count, String severity) {
	}

}
