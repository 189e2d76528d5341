package org.sendap.dashboard.kpi;

import java.math.BigDecimal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One point of a KPI series. {@code value} is rounded as the publisher rounds; when it cannot be
 * computed, {@code status} holds the publisher's symbol (c, x, z, low ...) and {@code value} is null.
 *
 * @param areas for a group, how many areas gave figures for this period
 * @param importId for one area, the import its figures (a ratio's numerator) come from: the lineage of
 * the point
 * @param denominatorImportId for a ratio whose denominator comes from another import, that import
 */
public record KpiPoint(String period, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
		String status, @JsonInclude(JsonInclude.Include.NON_NULL) Integer areas,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long importId,
		@JsonInclude(JsonInclude.Include.NON_NULL) Long denominatorImportId) {

	public KpiPoint(String period, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			String status, Integer areas) {
		this(period, label, value, numerator, denominator, status, areas, null, null);
	}

	public KpiPoint(String period, String label, BigDecimal value, BigDecimal numerator, BigDecimal denominator,
			String status, Integer areas, Long importId) {
		this(period, label, value, numerator, denominator, status, areas, importId, null);
	}

	KpiPoint withImports(Long importId, Long denominatorImportId) {
		return new KpiPoint(this.period, this.label, this.value, this.numerator, this.denominator, this.status,
				this.areas, importId, denominatorImportId);
	}

	/** Every import the point's figures come from: the lineage to name beside it. */
	@JsonIgnore
	public List<Long> importIds() {
		return Stream.of(this.importId, this.denominatorImportId).filter(Objects::nonNull).toList();
	}

	public boolean hasValue() {
		return this.value != null;
	}

}
