package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every area of the selected area's kind with a value for the KPI in one period, best first (for a
 * neutral KPI, highest first), with each one's rank and quartile band and the band thresholds.
 *
 * @param selectedCode the area the page is about, to highlight
 * @param quartiles null when there are too few areas to band, or the KPI is neutral
 */
public record KpiRanking(String period, String periodLabel, String rankedAmong, String selectedCode,
		List<RankedArea> areas, KpiBenchmark.Quartiles quartiles) {

	public record RankedArea(String code, String name, BigDecimal value, int rank, String quartile, Long importId,
			@JsonInclude(JsonInclude.Include.NON_NULL) Long denominatorImportId) {
	}

	public boolean isEmpty() {
		return this.areas.isEmpty();
	}

}
