package org.sendap.etl.pipeline;

import java.util.List;

/**
 * What one source row says, ready for the warehouse; or, when the row cannot be placed in the
 * warehouse yet, why it was skipped. Every source family maps its rows to this record.
 */
public record Observation(long line, AreaRef area, PeriodRef period, BreakdownRef breakdown,
		List<ObservedValue> values, String skipReason) {

	public static Observation of(long line, AreaRef area, PeriodRef period, BreakdownRef breakdown,
			List<ObservedValue> values) {
		return new Observation(line, area, period, breakdown, List.copyOf(values), null);
	}

	public static Observation skipped(long line, String reason) {
		return new Observation(line, null, null, null, List.of(), reason);
	}

	public boolean isSkipped() {
		return this.skipReason != null;
	}

}
