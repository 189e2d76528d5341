package org.sendap.dashboard.kpi;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One point of a KPI series. {@code value} is rounded as the publisher rounds; when it cannot be
 * computed, {@code status} holds the publisher's symbol (c, x, z, low ...) and {@code value} is null.
 *
 * @param areas for a group, how many areas gave figures for this period
 */
public record KpiPoint(String period, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		String status, @JsonInclude(JsonInclude.Include.NON_NULL) Integer areas) {

	public boolean hasValue() {
		return this.value != null;
	}

}
