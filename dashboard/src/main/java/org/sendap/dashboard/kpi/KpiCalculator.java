package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.sendap.dashboard.system.Numbers;

/**
 * Turns numerators and denominators into KPI values. For one area, a rate its source publishes is served
 * as published (publisher's figure first); otherwise, and for groups of areas nobody publishes, the value
 * is numerator x multiplier / denominator, rounded half up to the KPI's decimal places as DfE rounds its
 * published rates. A count or a published rate is its number, rounded the same way (for a group of areas,
 * a count is the members' average). A symbol in place of either number stays a symbol; a group with any
 * suppressed member is itself suppressed, because a sum that leaves out a hidden number would be wrong.
 */
public final class KpiCalculator {

	/** The status of a rate whose denominator is zero: not applicable. */
	public static final String NOT_APPLICABLE = "z";

	private KpiCalculator() {
	}

	public static List<KpiPoint> points(Kpi kpi, List<PeriodFigures> figures, boolean group) {
		return figures.stream().map(figure -> point(kpi, figure, group)).toList();
	}

	public static KpiPoint point(Kpi kpi, PeriodFigures figures, boolean group) {
		return group ? computed(kpi, figures, true)
				: computed(kpi, figures, false).withImports(figures.importId(), figures.denominatorImportId());
	}

	private static KpiPoint computed(Kpi kpi, PeriodFigures figures, boolean group) {
		Integer areas = group ? figures.areas() : null;
		if (!kpi.ratio()) {
			return group ? averaged(kpi, figures, areas) : asPublished(kpi, figures, areas);
		}
		if (!group && figures.hasPublishedRate()) {
			return publishedRate(kpi, figures);
		}
		if (figures.suppressedAreas() > 0 || figures.numerator() == null || figures.denominator() == null) {
			String status = figures.numerator() == null ? figures.numeratorStatus() : figures.denominatorStatus();
			if (status == null) {
				status = figures.numeratorStatus() != null ? figures.numeratorStatus() : figures.denominatorStatus();
			}
			return new KpiPoint(figures.period(), figures.label(), null, null, null, status, areas);
		}
		if (figures.denominator().signum() == 0) {
			return new KpiPoint(figures.period(), figures.label(), null, Numbers.plain(figures.numerator()),
					Numbers.plain(figures.denominator()), NOT_APPLICABLE, areas);
		}
		BigDecimal value = figures.numerator()
			.multiply(kpi.multiplier())
			.divide(figures.denominator(), kpi.decimals(), RoundingMode.HALF_UP);
		return new KpiPoint(figures.period(), figures.label(), value, Numbers.plain(figures.numerator()),
				Numbers.plain(figures.denominator()), null, areas);
	}

	/**
	 * The rate the publisher gave for the area, computed from its unrounded counts (DfE rounds the
	 * counts of regions to 10, never its rates): served as published, its symbol kept, with the
	 * numerator and denominator beside it.
	 */
	private static KpiPoint publishedRate(Kpi kpi, PeriodFigures figures) {
		BigDecimal value = figures.published() == null ? null : decimals(figures.published(), kpi.decimals());
		return new KpiPoint(figures.period(), figures.label(), value, Numbers.plain(figures.numerator()),
				Numbers.plain(figures.denominator()), value == null ? figures.publishedStatus() : null, null);
	}

	/** A published figure to the KPI's decimal places: padded as it is, rounded half up where it has more. */
	private static BigDecimal decimals(BigDecimal published, int decimals) {
		return published.setScale(decimals, RoundingMode.HALF_UP);
	}

	/**
	 * A group's count is its members' average, comparable with one area's count (a sum of ten LAs' EHC
	 * plans is not); a published rate cannot be summed, so neither is it averaged: a group has none.
	 */
	private static KpiPoint averaged(Kpi kpi, PeriodFigures figures, Integer areas) {
		if (!"count".equals(kpi.computation()) || figures.suppressedAreas() > 0 || figures.numerator() == null) {
			return new KpiPoint(figures.period(), figures.label(), null, null, null,
					figures.suppressedAreas() > 0 ? figures.numeratorStatus() : NOT_APPLICABLE, areas);
		}
		BigDecimal average = figures.numerator().divide(BigDecimal.valueOf(figures.areas()), kpi.decimals(),
				RoundingMode.HALF_UP);
		return new KpiPoint(figures.period(), figures.label(), average, Numbers.plain(figures.numerator()), null, null,
				areas);
	}

	/** A count or a published rate: the number itself, rounded to the KPI's decimal places. */
	private static KpiPoint asPublished(Kpi kpi, PeriodFigures figures, Integer areas) {
		if (figures.suppressedAreas() > 0 || figures.numerator() == null) {
			return new KpiPoint(figures.period(), figures.label(), null, null, null, figures.numeratorStatus(), areas);
		}
		return new KpiPoint(figures.period(), figures.label(), decimals(figures.numerator(), kpi.decimals()), null, null,
				null, areas);
	}

}
