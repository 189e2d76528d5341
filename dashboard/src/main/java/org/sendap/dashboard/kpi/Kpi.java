package org.sendap.dashboard.kpi;

import java.math.BigDecimal;

/**
 * A KPI of the catalogue.
 */
public record Kpi(String code, String name, String unit, String polarity, int priority, BigDecimal multiplier,
		int decimals, BigDecimal target, String definition, String source) {

	public boolean higherIsBetter() {
		return "higher".equals(this.polarity);
	}

}
