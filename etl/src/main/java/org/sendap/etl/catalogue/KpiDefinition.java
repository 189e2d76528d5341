package org.sendap.etl.catalogue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A KPI as the catalogue file defines it.
 */
public record KpiDefinition(String code, String name, String unit, String polarity, int priority,
		String computation, BigDecimal multiplier, int decimals, BigDecimal target, String definition,
		String source, List<Source> sources) {

	/**
	 * One layout the KPI can be computed from: numerator and denominator columns (or a published
	 * value column) and the filter values of the all-children row.
	 */
	public record Source(String numerator, String denominator, String value, Map<String, String> breakdown) {
	}

}
