package org.sendap.dashboard.kpi;

import java.util.List;

/**
 * A KPI for one area and period, broken down by one characteristic (age, primary need, setting ...):
 * each category's value computed as the KPI is, from the same columns at that category's rows.
 *
 * @param dimension the characteristic, as the source names it ("Age", "Primary need", "Phase type grouping")
 */
public record KpiBreakdown(String dimension, String period, String periodLabel, List<Category> categories) {

	/** One category's figures; a suppressed one keeps the publisher's symbol in {@code point.status}. */
	public record Category(String label, KpiPoint point) {
	}

}
