package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * A commissioner's assumptions against the baseline forecast.
 *
 * @param id null until saved
 * @param growthPercent growth each period above (or below, negative) the baseline's, in percent, compounding:
 * h periods ahead the forecast is the baseline's times (1 + growth/100)^h
 * @param shiftPercent for EHC plans in special schools or in mainstream schools: this percentage of each
 * period's new placements in special schools (the baseline's increase of the special caseload) is made
 * in mainstream schools instead, carried forward; null or 0 for none
 */
public record Scenario(Long id, String name, BigDecimal growthPercent, BigDecimal shiftPercent, OffsetDateTime savedAt) {

	public boolean changesNothing() {
		return (this.growthPercent == null || this.growthPercent.signum() == 0)
				&& (this.shiftPercent == null || this.shiftPercent.signum() == 0);
	}

}
