package org.sendap.dashboard.overview;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiNarrative;

/**
 * How far an area's value is from England's, in the KPI's own unit and relative to England's value,
 * signed by the KPI's polarity: negative is behind England. Only for rates and percentages with a
 * direction of good: a count of one area is not comparable with England's count.
 *
 * @param relative the gap as a fraction of England's value, negative when behind: the measure that
 * puts KPIs of different units in one order
 */
public record EnglandGap(BigDecimal difference, BigDecimal relative, String text) {

	public static EnglandGap of(Kpi kpi, BigDecimal value, BigDecimal england) {
		if (kpi.neutral() || "count".equals(kpi.unit()) || value == null || england == null || england.signum() == 0) {
			return null;
		}
		BigDecimal difference = value.subtract(england);
		BigDecimal better = kpi.higherIsBetter() ? difference : difference.negate();
		BigDecimal relative = better.divide(england.abs(), MathContext.DECIMAL64).setScale(4, RoundingMode.HALF_UP);
		String amount = "%".equals(kpi.unit()) ? difference.abs().toPlainString() + " percentage points"
				: KpiNarrative.format(difference.abs(), kpi);
		String text = better.signum() == 0 ? "the same as England"
				: amount + (better.signum() < 0 ? " behind England" : " ahead of England");
		return new EnglandGap(difference, relative, text);
	}

	/** The gap as a whole percentage of England's value, without its sign: 49 for 7.9% against 5.3%. */
	public String relativePercent() {
		return this.relative.abs().movePointRight(2).setScale(0, RoundingMode.HALF_UP).toPlainString();
	}

	public boolean behind() {
		return this.relative.signum() < 0;
	}

}
