package org.sendap.etl.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A KPI as the catalogue defines it: what it means, how it is judged, and every release layout it can
 * be computed from.
 *
 * @param forecastFrom where the KPI's first periods are not like the later ones, the first period a
 * forecast may be fitted to and why; null for every period
 */
public record KpiDefinition(String code, String name, String definition, int priority, String unit,
		String polarity, String computation, BigDecimal multiplier, int decimals, String geography, String source,
		String publisher, String dataNeeded, ForecastFrom forecastFrom, List<Source> sources) {

	/** Forecasts are fitted to the periods that start on or after {@code date}; {@code because} says why. */
	public record ForecastFrom(LocalDate date, String because) {
	}

	/** One layout the KPI can be computed from, and the note that names it (e.g. the release and file). */
	public record Source(String layout, List<Term> terms) {
	}

	/**
	 * What one role (numerator, denominator, value, or the rate the source publishes) reads: columns that
	 * are added up, at the rows of one breakdown (its total row where the catalogue names none), optionally
	 * of one dataset, from an earlier period or read as the academic year of a January count.
	 */
	public record Term(String role, List<ColumnName> columns, BreakdownSpec breakdown, String dataset, int lagYears,
			boolean januaryCensus) {
	}

}
