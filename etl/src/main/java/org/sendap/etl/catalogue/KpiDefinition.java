package org.sendap.etl.catalogue;

import java.math.BigDecimal;
import java.util.List;

import org.sendap.etl.pipeline.BreakdownRef;

/**
 * A KPI as the catalogue defines it: what it means, how it is judged, and every release layout it can
 * be computed from.
 */
public record KpiDefinition(String code, String name, String definition, int priority, String unit,
		String polarity, String computation, BigDecimal multiplier, int decimals, String geography, String source,
		String publisher, String dataNeeded, List<Source> sources) {

	/** One layout the KPI can be computed from, and the note that names it (e.g. the release and file). */
	public record Source(String layout, List<Term> terms) {
	}

	/**
	 * What one role (numerator, denominator, value) reads: columns that are added up, at one breakdown
	 * (null: the dataset's total row), optionally of one dataset, from an earlier period or read as the
	 * academic year of a January count.
	 */
	public record Term(String role, List<String> columns, BreakdownRef breakdown, String dataset, int lagYears,
			boolean januaryCensus) {
	}

}
