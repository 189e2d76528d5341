package org.sendap.dashboard.forecast;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sendap.dashboard.kpi.KpiPeriod;

/**
 * The periods after the last one of a history, named as the source names its own: academic years
 * (202526, 2025/26), calendar and reporting years (2025), financial years (202526, 2025-26) and
 * months (2023-08, August 2023).
 */
final class PeriodsAhead {

	/** A period to forecast: its code in the API, its label and its first day. */
	record Ahead(String code, String label, LocalDate start) {
	}

	private PeriodsAhead() {
	}

	/** Empty for a kind of period that is not forecast (weeks, terms). */
	static Optional<List<Ahead>> after(KpiPeriod last, int horizon) {
		List<Ahead> periods = new ArrayList<>();
		for (int h = 1; h <= horizon; h++) {
			Optional<Ahead> next = next(last.granularity(), last.start(), h);
			if (next.isEmpty()) {
				return Optional.empty();
			}
			periods.add(next.get());
		}
		return Optional.of(periods);
	}

	static boolean monthly(KpiPeriod period) {
		return "month".equals(period.granularity());
	}

	private static Optional<Ahead> next(String granularity, LocalDate lastStart, int h) {
		return switch (granularity) {
			case "academic_year" -> {
				int first = lastStart.getYear() + h;
				yield Optional.of(new Ahead(first + twoDigits(first + 1), first + "/" + twoDigits(first + 1),
						lastStart.plusYears(h)));
			}
			case "financial_year" -> {
				int first = lastStart.getYear() + h;
				yield Optional.of(new Ahead(first + twoDigits(first + 1), first + "-" + twoDigits(first + 1),
						lastStart.plusYears(h)));
			}
			case "calendar_year", "reporting_year" -> {
				int year = lastStart.getYear() + h;
				yield Optional.of(new Ahead(Integer.toString(year), Integer.toString(year), lastStart.plusYears(h)));
			}
			case "month" -> {
				LocalDate start = lastStart.plusMonths(h);
				yield Optional.of(new Ahead(start.toString().substring(0, 7),
						start.getMonth().getDisplayName(TextStyle.FULL, Locale.UK) + " " + start.getYear(), start));
			}
			default -> Optional.empty();
		};
	}

	private static String twoDigits(int year) {
		return String.format("%02d", year % 100);
	}

}
