package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Rank and quartile band of a value among the values of all areas, as LAIT (DfE's Local Authority
 * Interactive Tool) gives them: rank 1 is the best value (for a neutral KPI, the highest) and ties
 * share the better rank; the quartiles are the 25th, 50th and 75th percentiles with linear
 * interpolation between the two nearest values, and band A is the best quarter.
 *
 * @param q1 25th percentile
 * @param q2 median
 * @param q3 75th percentile
 */
public record Ranking(int rank, int of, String quartile, BigDecimal q1, BigDecimal q2, BigDecimal q3) {

	/** Fewer areas with a value than this (a local extract only this LA has) give no rank. */
	static final int FEWEST_TO_RANK = 2;

	/** Fewer areas than this give a rank but no quartiles: a quarter of three areas is not a band. */
	static final int FEWEST_TO_BAND = 4;

	static Ranking of(BigDecimal value, List<BigDecimal> all, String polarity) {
		boolean lowerIsBetter = Kpi.LOWER.equals(polarity);
		long better = all.stream().filter(other -> lowerIsBetter ? other.compareTo(value) < 0 : other.compareTo(value) > 0).count();
		if (all.size() < FEWEST_TO_BAND) {
			return new Ranking((int) better + 1, all.size(), null, null, null, null);
		}
		List<BigDecimal> sorted = all.stream().sorted().toList();
		BigDecimal q1 = percentile(sorted, 0.25);
		BigDecimal q2 = percentile(sorted, 0.5);
		BigDecimal q3 = percentile(sorted, 0.75);
		String band = null;
		if (lowerIsBetter) {
			band = value.compareTo(q1) <= 0 ? "A" : value.compareTo(q2) <= 0 ? "B" : value.compareTo(q3) <= 0 ? "C" : "D";
		}
		else if (Kpi.HIGHER.equals(polarity)) {
			band = value.compareTo(q3) > 0 ? "A" : value.compareTo(q2) > 0 ? "B" : value.compareTo(q1) > 0 ? "C" : "D";
		}
		return new Ranking((int) better + 1, all.size(), band, q1, q2, q3);
	}

	private static BigDecimal percentile(List<BigDecimal> sorted, double p) {
		BigDecimal position = BigDecimal.valueOf(sorted.size() - 1).multiply(BigDecimal.valueOf(p));
		int below = position.intValue();
		BigDecimal fraction = position.subtract(BigDecimal.valueOf(below));
		BigDecimal low = sorted.get(below);
		if (below + 1 >= sorted.size() || fraction.signum() == 0) {
			return low;
		}
		return low.add(sorted.get(below + 1).subtract(low).multiply(fraction, MathContext.DECIMAL64)).stripTrailingZeros();
	}

}
