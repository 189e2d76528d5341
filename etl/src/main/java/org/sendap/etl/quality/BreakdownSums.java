package org.sendap.etl.quality;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Adds up the parts of each partition of one indicator, area and period (a cell: the values of that
 * count by breakdown) and says where they miss their total.
 * <p>
 * A part or total that is suppressed (no number) makes the sum unknowable: the partition is passed
 * over. A part row the file does not have counts as nothing, as publishers leave out rows of zeros
 * (the 2025 EHC plans files give the Sex / Unknown row for only a few LAs).
 * <p>
 * How far the sum may miss: exact figures by the policy's tolerance (0.5: not one whole count).
 * Figures rounded to 5 or 10, as NHS England and some DfE tables publish them (taken as rounded when
 * every figure of the partition is a multiple of it), may each be out by that tolerance times the
 * base: with rounding to 10, 4 parts and their total may together miss by 25.
 */
final class BreakdownSums {

	private static final int[] ROUNDING_BASES = { 10, 5 };

	private final Map<Long, List<BreakdownPartition>> byTotal = new HashMap<>();

	private final Set<Long> breakdowns = new LinkedHashSet<>();

	private final BigDecimal tolerance;

	BreakdownSums(List<BreakdownPartition> partitions, BigDecimal tolerance) {
		this.tolerance = tolerance;
		for (BreakdownPartition partition : partitions) {
			this.byTotal.computeIfAbsent(partition.total(), total -> new ArrayList<>()).add(partition);
			this.breakdowns.add(partition.total());
			this.breakdowns.addAll(partition.parts());
		}
	}

	boolean isEmpty() {
		return this.byTotal.isEmpty();
	}

	/** The breakdowns of every partition, totals and parts: the only facts worth reading. */
	Set<Long> breakdowns() {
		return this.breakdowns;
	}

	/**
	 * The partitions whose parts miss their total in one cell: its values by breakdown, null for a
	 * suppressed value.
	 */
	List<Mismatch> check(Map<Long, BigDecimal> cell) {
		List<Mismatch> mismatches = new ArrayList<>();
		this.byTotal.forEach((total, partitions) -> {
			BigDecimal totalValue = cell.get(total);
			if (totalValue == null) {
				return;
			}
			for (BreakdownPartition partition : partitions) {
				Mismatch mismatch = check(partition, totalValue, cell);
				if (mismatch != null) {
					mismatches.add(mismatch);
				}
			}
		});
		return mismatches;
	}

	private Mismatch check(BreakdownPartition partition, BigDecimal total, Map<Long, BigDecimal> cell) {
		List<Long> present = new ArrayList<>();
		List<BigDecimal> figures = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		for (long part : partition.partValues().keySet()) {
			if (!cell.containsKey(part)) {
				continue;
			}
			BigDecimal value = cell.get(part);
			if (value == null) {
				return null;
			}
			present.add(part);
			figures.add(value);
			sum = sum.add(value);
		}
		if (present.isEmpty()) {
			return null;
		}
		figures.add(total);
		int base = roundingBase(figures);
		BigDecimal allowance = base == 1 ? this.tolerance
				: this.tolerance.multiply(BigDecimal.valueOf((long) base * figures.size()));
		if (sum.subtract(total).abs().compareTo(allowance) <= 0) {
			return null;
		}
		return new Mismatch(partition, total, sum, present, base, allowance);
	}

	/** 10 or 5 when every figure is a multiple of it (and not all are 0), else 1. */
	private static int roundingBase(List<BigDecimal> figures) {
		if (figures.stream().allMatch(figure -> figure.signum() == 0)) {
			return 1;
		}
		for (int base : ROUNDING_BASES) {
			BigDecimal divisor = BigDecimal.valueOf(base);
			if (figures.stream().allMatch(figure -> figure.remainder(divisor).signum() == 0)) {
				return base;
			}
		}
		return 1;
	}

	/**
	 * Parts that miss their total in one cell.
	 *
	 * @param parts the parts the cell has, in the partition's order
	 * @param base the rounding the figures were taken to have (1: exact)
	 * @param allowance how far the sum could have missed without a finding
	 */
	record Mismatch(BreakdownPartition partition, BigDecimal total, BigDecimal sum, List<Long> parts, int base,
			BigDecimal allowance) {

		private static final int PARTS_NAMED = 4;

		/**
		 * What is wrong, in the data team's words: {@code the characteristic_age rows (Under 5 … Age 20 to
		 * 25, 5 rows) add up to 1,234 but the Total row says 1,240 (local authority Shropshire, 2023/24)}.
		 */
		String message(String where) {
			String shared = this.partition.shared().isEmpty() ? ""
					: " for " + this.partition.shared()
						.entrySet()
						.stream()
						.map(entry -> entry.getKey() + " " + entry.getValue())
						.collect(Collectors.joining(", "));
			return "the " + this.partition.filter() + " rows" + shared + " (" + partsNamed() + ") add up to "
					+ number(this.sum) + " but the " + this.partition.totalValue() + " row says " + number(this.total)
					+ " (" + where + "); expected the parts of a count to add up to its total"
					+ (this.base == 1 ? "" : " within " + number(this.allowance) + ", as the figures are rounded to "
							+ this.base);
		}

		private String partsNamed() {
			List<String> values = this.parts.stream().map(part -> this.partition.partValues().get(part)).toList();
			if (values.size() <= PARTS_NAMED) {
				return String.join(", ", values);
			}
			return values.get(0) + " … " + values.get(values.size() - 1) + ", " + values.size() + " rows";
		}

		/** {@code 1,234} or {@code 12.5}: as the figures are written, with thousands separated. */
		static String number(BigDecimal value) {
			DecimalFormat format = new DecimalFormat("#,##0.############", DecimalFormatSymbols.getInstance(Locale.UK));
			return format.format(value);
		}

	}

}
