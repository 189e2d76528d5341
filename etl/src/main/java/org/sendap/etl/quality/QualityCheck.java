package org.sendap.etl.quality;

/**
 * The data-quality checks every import goes through, each with a stable code (kept in the import
 * history and accepted in configuration) and the severity it has unless configured otherwise.
 */
public enum QualityCheck {

	DUPLICATE_COLUMN("duplicate-column", Severity.ERROR, "a column name appears more than once in the header"),
	DUPLICATE_KEY("duplicate-key", Severity.ERROR, "two rows for the same area, period and breakdown"),
	UNKNOWN_SYMBOL("unknown-symbol", Severity.ERROR, "text where a number or a known suppression symbol was expected"),
	PERCENTAGE_OVER_100("percentage-over-100", Severity.WARNING, "a percentage above 100"),
	NEGATIVE_COUNT("negative-count", Severity.WARNING, "a count below zero"),
	NUMERATOR_ABOVE_DENOMINATOR("numerator-above-denominator", Severity.WARNING,
			"a KPI numerator larger than its denominator in the same row"),
	BREAKDOWN_SUM("breakdown-sum", Severity.WARNING, "breakdown rows that do not add up to their total"),
	IMPLAUSIBLE_JUMP("implausible-jump", Severity.WARNING,
			"a value far from the previous release's value for the same series"),
	UNKNOWN_AREA("unknown-area", Severity.WARNING, "an area the area dimension did not know"),
	UNMATCHED_NAME("unmatched-name", Severity.WARNING, "an organisation name not found in the shipped NHS lookups"),
	SKIPPED_ROWS("skipped-rows", Severity.ERROR,
			"more of a file's rows skipped than allowed, or every row below national level skipped"),
	IMPOSSIBLE_DATE("impossible-date", Severity.WARNING,
			"a date that is not in the calendar (31/02/2022), or a period that ends before or on the day it starts"),
	KPI_ROWS_MISSING("kpi-rows-missing", Severity.WARNING,
			"a KPI that reads the file finds none of its rows for a period, or a column it reads is not in the file");

	private final String code;

	private final Severity defaultSeverity;

	private final String description;

	QualityCheck(String code, Severity defaultSeverity, String description) {
		this.code = code;
		this.defaultSeverity = defaultSeverity;
		this.description = description;
	}

	public String code() {
		return this.code;
	}

	public Severity defaultSeverity() {
		return this.defaultSeverity;
	}

	public String description() {
		return this.description;
	}

	public static QualityCheck ofCode(String code) {
		for (QualityCheck check : values()) {
			if (check.code.equals(code)) {
				return check;
			}
		}
		throw new IllegalArgumentException("no data-quality check '" + code + "'");
	}

}
