package org.sendap.etl.pipeline;

import java.util.List;

/**
 * What one source row says, ready for the warehouse; or, when the row cannot be placed in the
 * warehouse yet, why it was skipped. Every source family maps its rows to this record. The line is
 * the file's line, or for a workbook the row of the sheet named.
 */
public record Observation(long line, String sheet, AreaRef area, PeriodRef period, BreakdownRef breakdown,
		List<ObservedValue> values, String skipReason) {

	public static Observation of(long line, AreaRef area, PeriodRef period, BreakdownRef breakdown,
			List<ObservedValue> values) {
		return new Observation(line, null, area, period, breakdown, List.copyOf(values), null);
	}

	public static Observation inSheet(String sheet, long row, AreaRef area, PeriodRef period, BreakdownRef breakdown,
			List<ObservedValue> values) {
		return new Observation(row, sheet, area, period, breakdown, List.copyOf(values), null);
	}

	public static Observation skipped(long line, String reason) {
		return new Observation(line, null, null, null, null, List.of(), reason);
	}

	public static Observation skippedInSheet(String sheet, long row, String reason) {
		return new Observation(row, sheet, null, null, null, List.of(), reason);
	}

	public boolean isSkipped() {
		return this.skipReason != null;
	}

	/** Where the row is, for messages: {@code line 12}, or {@code sheet 'Table 4' row 47}. */
	public String place() {
		return this.sheet == null ? "line " + this.line : "sheet '" + this.sheet + "' row " + this.line;
	}

}
