package org.sendap.dashboard.kpi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A period the KPI has no figures for; the message lists those it has.
 */
class UnknownPeriodException extends RuntimeException {

	UnknownPeriodException(String requested, List<KpiPeriod> periods) {
		super("No period '" + requested + "' for this KPI; it has " + listed(periods));
	}

	/** A period an import brought, in which the KPI found none of its rows: why, then what it has. */
	UnknownPeriodException(String requested, List<KpiPeriod> periods, KpiGap gap) {
		super(gap.sentence() + " The KPI has " + listed(periods));
	}

	private static String listed(List<KpiPeriod> periods) {
		return periods.stream()
			.map(period -> period.label().equals(period.code()) ? period.label() : period.label() + " (" + period.code() + ")")
			.collect(Collectors.joining(", "));
	}

}
