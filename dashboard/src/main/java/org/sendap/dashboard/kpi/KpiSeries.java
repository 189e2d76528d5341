package org.sendap.dashboard.kpi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A KPI over time for the selected LA and its comparators: the JSON of
 * {@code GET /api/v1/kpis/{code}/series}, and the model of the KPI page.
 */
public record KpiSeries(KpiSummary kpi, List<Series> series) {

	public record KpiSummary(String code, String name, String unit, String polarity, Integer decimals,
			String definition, String source) {
	}

	public record AreaSummary(String code, String name, String level) {
	}

	/**
	 * @param members for a group, the areas in it
	 */
	public record Series(AreaSummary area, String role, List<KpiPoint> points,
			@JsonInclude(JsonInclude.Include.NON_NULL) List<AreaSummary> members) {
	}

	public static final String SELECTED = "selected";

	public static final String ENGLAND = "england";

	public static final String REGION = "region";

	public static final String NEIGHBOURS = "neighbours";

}
