package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The "how it compares" panel of the KPI page: the latest benchmark as lines a board member reads,
 * each a label and a value in words (never colour alone).
 *
 * @param rag green, amber or red, for the badge's style; null when not rated
 */
public record BenchmarkPanel(String heading, List<Line> lines, String rag, String footprint, String noData) {

	public record Line(String label, String value) {
	}

	static BenchmarkPanel of(Kpi kpi, KpiBenchmark benchmark) {
		if (benchmark.noData() != null) {
			return new BenchmarkPanel("How it compares", List.of(), null, benchmark.footprint(), benchmark.noData());
		}
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(benchmark.area().name(), value(kpi, benchmark.value(), benchmark.status())));
		if (benchmark.england() != null) {
			lines.add(new Line("England", KpiNarrative.format(benchmark.england(), kpi)));
		}
		if (benchmark.region() != null) {
			lines.add(new Line(benchmark.regionArea().name(), KpiNarrative.format(benchmark.region(), kpi)));
		}
		if (benchmark.neighbours() != null) {
			lines.add(new Line("Statistical neighbours (" + benchmark.neighbours().members().size()
					+ ("count".equals(kpi.computation()) ? ", average" : "") + ")",
					value(kpi, benchmark.neighbours().value(), benchmark.neighbours().status())));
		}
		if (benchmark.rank() != null) {
			lines.add(new Line("Rank", ordinal(benchmark.rank()) + " of " + benchmark.of() + " " + benchmark.rankedAmong()
					+ (kpi.neutral() ? " (1st is the highest)" : " (1st is the best)")));
		}
		if (benchmark.quartile() != null) {
			lines.add(new Line("Quartile band", benchmark.quartile() + " (A is the best quarter of "
					+ benchmark.rankedAmong() + ", D the worst)"));
		}
		if (benchmark.direction() != null && benchmark.direction().change() != null) {
			KpiBenchmark.Direction direction = benchmark.direction();
			String change = direction.change().signum() == 0 ? "no change"
					: (direction.change().signum() > 0 ? "up " : "down ") + difference(direction.change().abs(), kpi);
			lines.add(new Line("Since " + direction.previousPeriod(), (direction.judgement() == null ? ""
					: capitalised(direction.judgement()) + ": ") + change + " from "
					+ KpiNarrative.format(direction.previousValue(), kpi)));
		}
		if (benchmark.target() != null) {
			lines.add(new Line("Local target", KpiNarrative.format(benchmark.target().value(), kpi)
					+ (kpi.higherIsBetter() ? " or more" : kpi.neutral() ? "" : " or less") + "; amber within "
					+ KpiNarrative.format(benchmark.target().amberTolerance(), kpi)));
			if (benchmark.rag() != null) {
				lines.add(new Line("Against target", capitalised(benchmark.rag())));
			}
		}
		return new BenchmarkPanel("How " + benchmark.area().name() + " compares, " + benchmark.periodLabel(), lines,
				benchmark.rag(), benchmark.footprint(), null);
	}

	private static String value(Kpi kpi, BigDecimal value, String status) {
		return value != null ? KpiNarrative.format(value, kpi) : SymbolMeanings.meaning(status);
	}

	/** A change of a percentage is in percentage points; of anything else, in its unit. */
	private static String difference(BigDecimal change, Kpi kpi) {
		return "%".equals(kpi.unit()) ? change.toPlainString() + " percentage points" : KpiNarrative.format(change, kpi);
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	public static String ordinal(int number) {
		int lastTwo = number % 100;
		String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

}
