package org.sendap.dashboard.system;

import java.time.LocalDate;

/**
 * A period's name in the API, the same in every answer that has one (KPI points, benchmarks,
 * observations): the source's own ({@code 2024}, {@code 202324}), or for a month, whose source names
 * only its year, the month itself ({@code 2023-07}).
 */
public final class PeriodCode {

	private PeriodCode() {
	}

	public static String of(String granularity, LocalDate start, String sourcePeriod) {
		return "month".equals(granularity) ? start.toString().substring(0, 7) : sourcePeriod;
	}

}
