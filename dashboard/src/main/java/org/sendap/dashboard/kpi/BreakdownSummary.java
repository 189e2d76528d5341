package org.sendap.dashboard.kpi;

import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * A breakdown in one sentence, for everyone and for screen readers: "In 2024, by sex: highest Female
 * (38.6%, 81 of 210), lowest Male (36.7%, 187 of 510), of 2 categories." Each figure of a rate comes
 * with its base. A category whose base is below {@value BreakdownChart#SMALL_BASE} is too few to
 * compare (1 of 1 is 100%, and says nothing of the group): it is never called highest or lowest, and
 * the sentence says which categories are left out and why.
 */
final class BreakdownSummary {

	/** Names listed; more are counted, and marked in the chart and the table. */
	private static final int NAMES_LISTED = 4;

	private BreakdownSummary() {
	}

	static String of(BreakdownChart chart) {
		List<KpiBreakdown.Category> categories = chart.breakdown().categories();
		List<KpiBreakdown.Category> small = categories.stream().filter(chart::smallBase).toList();
		List<KpiBreakdown.Category> compared = categories.stream()
			.filter(category -> category.point().hasValue() && !chart.smallBase(category))
			.toList();
		String dimension = BreakdownChart.inSentence(chart.breakdown().dimension());
		if (compared.isEmpty() && small.isEmpty()) {
			return "Every category of " + dimension + " is suppressed or not available.";
		}
		StringBuilder text = new StringBuilder("In ").append(chart.breakdown().periodLabel())
			.append(", by ")
			.append(dimension)
			.append(": ");
		if (compared.size() > 1) {
			Comparator<KpiBreakdown.Category> byValue = Comparator.comparing(category -> category.point().value());
			text.append("highest ").append(described(chart.kpi(), Collections.max(compared, byValue)))
				.append(", lowest ")
				.append(described(chart.kpi(), Collections.min(compared, byValue)));
		}
		else if (compared.size() == 1) {
			text.append("only ").append(described(chart.kpi(), compared.get(0))).append(" has a base of ")
				.append(BreakdownChart.SMALL_BASE)
				.append(" or more");
		}
		else {
			text.append("every category with a figure has a base below ").append(BreakdownChart.SMALL_BASE);
		}
		long hidden = categories.stream().filter(category -> !category.point().hasValue()).count();
		text.append(", of ").append(categories.size()).append(" categories")
			.append(hidden > 0 ? ", " + hidden + " suppressed or not available" : "")
			.append('.');
		if (!small.isEmpty()) {
			text.append(' ').append(smallBases(chart.kpi(), small, !compared.isEmpty()));
		}
		return text.toString();
	}

	/** "Asian - Pakistani (100.0%, 1 of 1)", "age 15 (232)". */
	private static String described(Kpi kpi, KpiBreakdown.Category category) {
		KpiPoint point = category.point();
		String base = point.denominator() == null ? ""
				: ", " + KpiNarrative.count(point.numerator()) + " of " + KpiNarrative.count(point.denominator());
		return category.label() + " (" + KpiNarrative.format(point.value(), kpi) + base + ")";
	}

	private static String smallBases(Kpi kpi, List<KpiBreakdown.Category> small, boolean leftOut) {
		String counted = small.size() == 1 ? "1 category has" : small.size() + " categories have";
		String named = small.size() > NAMES_LISTED ? " (marked in the chart and the table)"
				: ": " + KpiNarrative.listed(small.stream().map(category -> described(kpi, category)).toList());
		return counted + " a base below " + BreakdownChart.SMALL_BASE + ", too few to compare"
				+ (leftOut ? ", and " + (small.size() == 1 ? "is" : "are") + " left out of highest and lowest" : "")
				+ named + ".";
	}

}
