package org.sendap.dashboard.observation;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One imported value as {@code GET /api/v1/observations} returns it: the exact number, or the
 * publisher's symbol in {@code status} with a null {@code value}.
 */
record Observation(String dataset, Release release, String period, String label, Map<String, String> breakdown,
		BigDecimal value, String status) {

	record Release(String publication, String label) {
	}

}
