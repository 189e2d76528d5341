package org.sendap.dashboard.kpi;

import java.time.LocalDate;

import org.sendap.dashboard.system.PeriodCode;

/**
 * A period a KPI has figures for: its source's own name for it ({@code 202324}), the label people read
 * ({@code 2023/24}) and its dates. Periods are the same when their granularity and start are.
 */
public record KpiPeriod(String granularity, LocalDate start, LocalDate end, String sourcePeriod, String label) {

	/** The period's name in the API: {@code 2024}, {@code 202324}, or for a month {@code 2023-07}. */
	public String code() {
		return PeriodCode.of(this.granularity, this.start, this.sourcePeriod);
	}

	Key key() {
		return new Key(this.granularity, this.start);
	}

	/** Whether the API's {@code period} parameter names this period: 2024, 202324, 2023/24 or 2023-07. */
	boolean matches(String requested) {
		String text = requested.strip();
		return text.equalsIgnoreCase(code()) || text.equalsIgnoreCase(this.label);
	}

	/** The academic year a January count of this calendar year belongs to: January 2022 is 2021/22. */
	KpiPeriod asAcademicYearOfJanuary() {
		int year = this.start.getYear();
		return new KpiPeriod("academic_year", LocalDate.of(year - 1, 9, 1), LocalDate.of(year, 8, 31),
				(year - 1) + String.format("%02d", year % 100), (year - 1) + "/" + String.format("%02d", year % 100));
	}

	KpiPeriod plusYears(int years) {
		return new KpiPeriod(this.granularity, this.start.plusYears(years), this.end.plusYears(years), this.sourcePeriod,
				this.label);
	}

	record Key(String granularity, LocalDate start) {
	}

}
