package org.sendap.dashboard.observation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One imported value as {@code GET /api/v1/observations} returns it: the exact number, or the
 * publisher's symbol in {@code status} with a null {@code value}; the period (named as KPI points name
 * it: {@code 2024}, {@code 202324}, a month {@code 2023-07}), its label and dates, and the import it
 * came from (its lineage).
 */
record Observation(String dataset, Release release, String period, String label, LocalDate start, LocalDate end,
		Map<String, String> breakdown, BigDecimal value, String status, long importId) {

	record Release(String publication, String label) {
	}

}
