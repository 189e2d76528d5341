package org.sendap.dashboard.kpi;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One point of a KPI series. {@code value} is rounded as the publisher rounds; when it cannot be
 * computed, {@code status} holds the publisher's symbol (c, x, z, low ...) and {@code value} is null.
 *
 * @param areas for a group, how many areas gave figures for this period
 * @param importId for one area, the import its figures come from: the lineage of the point
 */
public record KpiPoint(String period, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		String status, @JsonInclude(JsonInclude.Include.NON_NULL) Integer areas,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long importId) {

	public KpiPoint(String period, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			String status, Integer areas) {
		this(period, label, value, numerator, denominator, status, areas, null);
	}

	KpiPoint withImportId(Long importId) {
		return new KpiPoint(this.period, this.label, this.value, this.numerator, this.denominator, this.status,
				this.areas, importId);
	}

	public boolean hasValue() {
		return this.value != null;
	}

}
