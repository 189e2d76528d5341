package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A local target for a KPI and area: the value to reach, the tolerance within which a miss is amber
 * rather than red, the period it applies from (null: every period) and who recorded it when.
 */
public record KpiTarget(BigDecimal value, BigDecimal amberTolerance, LocalDate appliesFrom, String note,
		String recordedBy, OffsetDateTime recordedAt) {

	public static final String GREEN = "green";

	public static final String AMBER = "amber";

	public static final String RED = "red";

	/** Green on or beyond the target, amber within the tolerance short of it, red further off. */
	String rag(Kpi kpi, BigDecimal actual) {
		if (kpi.neutral() || actual == null) {
			return null;
		}
		BigDecimal shortfall = kpi.higherIsBetter() ? this.value.subtract(actual) : actual.subtract(this.value);
		if (shortfall.signum() <= 0) {
			return GREEN;
		}
		return shortfall.compareTo(this.amberTolerance) <= 0 ? AMBER : RED;
	}

}
