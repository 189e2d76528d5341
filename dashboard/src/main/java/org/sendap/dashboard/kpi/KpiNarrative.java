package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The text summary of a KPI chart, for everyone and for screen readers: the latest value of the
 * LA, how it moved since the period before, and how it compares with each comparator.
 */
public final class KpiNarrative {

	private KpiNarrative() {
	}

	/**
	 * One sentence: "Shropshire 37.2% in 2024 (268 of 720), down from 38.0% in 2023; below England
	 * (45.9%), the West Midlands (41.0%) and its statistical neighbours (41.8%), where higher is better."
	 */
	static String summarise(KpiPageModel page) {
		KpiSeries.Series selected = page.selected();
		Optional<KpiPoint> latest = latestWithValue(selected);
		if (latest.isEmpty()) {
			return "There are no figures for " + selected.area().name() + " on this measure yet.";
		}
		KpiPoint point = latest.get();
		Kpi kpi = page.kpi();
		StringBuilder text = new StringBuilder();
		text.append(selected.area().name()).append(' ').append(format(point.value(), kpi)).append(" in ").append(point.label());
		if (point.numerator() != null && point.denominator() != null) {
			text.append(" (").append(count(point.numerator())).append(" of ").append(count(point.denominator()))
				.append(")");
		}
		previousWithValue(selected, point).ifPresent(previous -> text.append(", ")
			.append(movement(point.value(), previous.value(), kpi)).append(" from ").append(format(previous.value(), kpi))
			.append(" in ").append(previous.label()));
		Map<String, List<String>> byRelation = new LinkedHashMap<>();
		for (KpiSeries.Series line : page.series().series()) {
			if (!COMPARATOR_ROLES.contains(line.role()) || !page.drawn(line)) {
				continue;
			}
			KpiPoint same = page.point(line, point.period());
			if (same != null && same.value() != null) {
				int comparison = point.value().compareTo(same.value());
				String relation = comparison > 0 ? "above" : comparison < 0 ? "below" : "the same as";
				String name = KpiSeries.NEIGHBOURS.equals(line.role()) ? "its statistical neighbours" : line.area().name();
				byRelation.computeIfAbsent(relation, key -> new ArrayList<>())
					.add(name + " (" + format(same.value(), kpi) + ")");
			}
		}
		List<String> comparisons = new ArrayList<>();
		byRelation.forEach((relation, names) -> comparisons.add(relation + " " + listed(names)));
		if (!comparisons.isEmpty()) {
			text.append("; ").append(String.join(", ", comparisons));
		}
		if (!kpi.neutral()) {
			text.append(kpi.higherIsBetter() ? ", where higher is better" : ", where lower is better");
		}
		return text.append('.').toString();
	}

	private static final List<String> COMPARATOR_ROLES = List.of(KpiSeries.ENGLAND, KpiSeries.REGION,
			KpiSeries.NEIGHBOURS);

	/** a, b and c. */
	static String listed(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private static Optional<KpiPoint> latestWithValue(KpiSeries.Series line) {
		List<KpiPoint> points = line.points();
		for (int i = points.size() - 1; i >= 0; i--) {
			if (points.get(i).hasValue()) {
				return Optional.of(points.get(i));
			}
		}
		return Optional.empty();
	}

	private static Optional<KpiPoint> previousWithValue(KpiSeries.Series line, KpiPoint latest) {
		int index = line.points().indexOf(latest);
		return index > 0 && line.points().get(index - 1).hasValue() ? Optional.of(line.points().get(index - 1))
				: Optional.empty();
	}

	private static String movement(BigDecimal now, BigDecimal before, Kpi kpi) {
		int direction = now.compareTo(before);
		if (direction == 0) {
			return "unchanged";
		}
		return direction > 0 ? "up" : "down";
	}

	/** 41448 as 41,448. */
	public static String count(BigDecimal number) {
		return java.text.NumberFormat.getNumberInstance(java.util.Locale.UK).format(number);
	}

	/** 37.2%, 3,016 (a count), 367.2 per 10,000. */
	public static String format(BigDecimal value, Kpi kpi) {
		if ("count".equals(kpi.unit())) {
			return count(value);
		}
		return value.toPlainString() + ("%".equals(kpi.unit()) ? "%" : " " + kpi.unit());
	}

}
