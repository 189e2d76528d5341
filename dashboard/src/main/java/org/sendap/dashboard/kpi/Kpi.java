package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A KPI of the catalogue, with the inputs it is computed from.
 *
 * @param geography {@code la}, or {@code icb} / {@code sub_icb} for NHS measures
 * @param dataNeeded what the data team must import while the KPI has no data
 * @param forecastFrom the first day of the first period a forecast may be fitted to, where the KPI's
 * first periods are not like the later ones (said in {@code forecastFromReason}); null for every period
 */
public record Kpi(String code, String name, String unit, String polarity, int priority, String priorityName,
		String computation, BigDecimal multiplier, int decimals, String geography, String definition, String source,
		String publisher, String dataNeeded, LocalDate forecastFrom, String forecastFromReason, List<KpiInput> inputs) {

	public Kpi(String code, String name, String unit, String polarity, int priority, String priorityName,
			String computation, BigDecimal multiplier, int decimals, String geography, String definition, String source,
			String publisher, String dataNeeded, List<KpiInput> inputs) {
		this(code, name, unit, polarity, priority, priorityName, computation, multiplier, decimals, geography,
				definition, source, publisher, dataNeeded, null, null, inputs);
	}

	public static final String HIGHER = "higher";

	public static final String LOWER = "lower";

	public boolean higherIsBetter() {
		return HIGHER.equals(this.polarity);
	}

	/** Neither more nor less is better: ranked, never banded or RAG-rated. */
	public boolean neutral() {
		return !HIGHER.equals(this.polarity) && !LOWER.equals(this.polarity);
	}

	public boolean ratio() {
		return "ratio".equals(this.computation);
	}

	public boolean nhsMeasure() {
		return !"la".equals(this.geography);
	}

	/**
	 * One column the KPI reads in one role of one release layout.
	 *
	 * @param breakdownKeyHash the breakdown to read, or null for the dataset's total row
	 */
	public record KpiInput(int sourcePosition, String role, String column, String breakdownKeyHash,
			String datasetName, int lagYears, boolean januaryCensus, String layoutNote) {
	}

}
