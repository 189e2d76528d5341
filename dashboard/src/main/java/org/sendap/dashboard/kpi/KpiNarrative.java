package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text summary of a KPI chart, for everyone and for screen readers: the latest value of the
 * LA, how it moved since the period before, and how it compares with each comparator.
 */
public final class KpiNarrative {

	private KpiNarrative() {
	}

	static String summarise(KpiPageModel page) {
		KpiSeries.Series selected = page.selected();
		Optional<KpiPoint> latest = latestWithValue(selected);
		if (latest.isEmpty()) {
			return "There are no figures for " + selected.area().name() + " on this measure yet.";
		}
		KpiPoint point = latest.get();
		Kpi kpi = page.kpi();
		StringBuilder text = new StringBuilder();
		text.append("In ").append(point.label()).append(", ").append(selected.area().name()).append(": ")
			.append(format(point.value(), kpi));
		if (point.numerator() != null && point.denominator() != null) {
			text.append(" (").append(count(point.numerator())).append(" of ").append(count(point.denominator()))
				.append(")");
		}
		previousWithValue(selected, point).ifPresent(previous -> text.append(", ")
			.append(movement(point.value(), previous.value(), kpi)).append(" from ").append(format(previous.value(), kpi))
			.append(" in ").append(previous.label()));
		text.append(".");
		List<String> comparisons = new ArrayList<>();
		for (KpiSeries.Series line : page.series().series().subList(1, page.series().series().size())) {
			KpiPoint same = page.point(line, point.period());
			if (same != null && same.value() != null) {
				comparisons.add(page.seriesName(line) + " " + format(same.value(), kpi));
			}
		}
		if (!comparisons.isEmpty()) {
			text.append(" In the same year: ").append(String.join("; ", comparisons)).append(".");
		}
		text.append(kpi.higherIsBetter() ? " Higher is better." : " Lower is better.");
		return text.toString();
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
