package org.sendap.dashboard.kpi;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A KPI over time for the selected LA and its comparators: the JSON of
 * {@code GET /api/v1/kpis/{code}/series}, and the model of the KPI page.
 *
 * @param noData why there are no figures: while the KPI has none, none for this area, or none for a period
 * an import brought (see {@code gaps})
 * @param gaps the periods imported files brought for which the KPI found none of its rows, with why
 */
public record KpiSeries(KpiSummary kpi, List<Series> series,
		@JsonInclude(JsonInclude.Include.NON_NULL) String footprint,
		@JsonInclude(JsonInclude.Include.NON_NULL) String noData,
		@JsonInclude(JsonInclude.Include.NON_EMPTY) List<KpiGap> gaps) {

	public KpiSeries(KpiSummary kpi, List<Series> series) {
		this(kpi, series, null, null, List.of());
	}

	public record KpiSummary(String code, String name, String unit, String polarity, Integer decimals,
			String definition, String source, String publisher, Integer priority, String priorityName,
			String computation, String geography) {

		static KpiSummary of(Kpi kpi) {
			return new KpiSummary(kpi.code(), kpi.name(), kpi.unit(), kpi.polarity(), kpi.decimals(), kpi.definition(),
					kpi.source(), kpi.publisher(), kpi.priority(), kpi.priorityName(), kpi.computation(), kpi.geography());
		}

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

	/** One statistical neighbour on its own. */
	public static final String NEIGHBOUR = "neighbour";

}
