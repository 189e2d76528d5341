package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A KPI's value for an area in one period with everything it is judged by: England, the region, the
 * statistical neighbours, rank and quartile band among all areas of its kind, direction of travel and
 * RAG rating against the local target. The JSON of {@code GET /api/v1/kpis/{code}/benchmark}.
 *
 * @param area the area the figures are for (for an NHS measure asked for an LA, its ICB or sub-ICB
 * location; see {@code footprint})
 * @param value the KPI's value, null when the publisher gave a symbol (in {@code status})
 * @param england England's value in the period
 * @param region the value of the area's region (for an NHS area, its NHS region), named in {@code regionArea}
 * @param neighbours the statistical neighbours' value from summed numerators and denominators, and each
 * neighbour's own value (LAs only)
 * @param rank 1 for the best value among {@code of} areas with a value (ties share the better rank);
 * for a neutral KPI, 1 is the highest
 * @param quartile band A (best quarter) to D, null for a neutral KPI
 * @param rag green, amber or red against {@code target}; null without a target or for a neutral KPI
 * @param noData what the data team must import, while the KPI has no data at all or none for this area
 * @param periodStart the first day of the period, {@code periodEnd} its last, {@code granularity} its kind
 * (month, academic_year, calendar_year, ...)
 * @param lineage the import the area's figures for the period come from (a ratio's numerator)
 * @param denominatorLineage for a ratio whose denominator comes from another import, that import
 */
public record KpiBenchmark(KpiSeries.KpiSummary kpi, KpiSeries.AreaSummary area,
		KpiSeries.AreaSummary requestedArea, @JsonInclude(JsonInclude.Include.NON_NULL) String footprint,
		String period, String periodLabel, BigDecimal value, String status, BigDecimal numerator,
		BigDecimal denominator, BigDecimal england, BigDecimal region, KpiSeries.AreaSummary regionArea,
		Neighbours neighbours, Integer rank, Integer of, String rankedAmong, String quartile, Quartiles quartiles,
		Direction direction, String rag, KpiTarget target, @JsonInclude(JsonInclude.Include.NON_NULL) String noData,
		LocalDate periodStart, LocalDate periodEnd, String granularity, ImportLineage lineage,
		@JsonInclude(JsonInclude.Include.NON_NULL) ImportLineage denominatorLineage) {

	public boolean hasValue() {
		return this.value != null;
	}

	public record Neighbours(String code, String name, BigDecimal value, String status, Integer areas,
			List<Member> members) {
	}

	public record Member(String code, String name, BigDecimal value, String status) {
	}

	/** The thresholds of the quartile bands among all areas' values in the period. */
	public record Quartiles(BigDecimal q1, BigDecimal median, BigDecimal q3) {
	}

	/**
	 * The change from the previous period with figures.
	 *
	 * @param trend increase, decrease or no change
	 * @param judgement improving, worsening or no change, by the KPI's polarity; null for a neutral KPI
	 */
	public record Direction(String previousPeriod, BigDecimal previousValue, BigDecimal change, String trend,
			String judgement) {
	}

}
