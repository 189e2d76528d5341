package org.sendap.etl.ees;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.source.InputRejectedException;

/**
 * Normalises an EES {@code time_period} and {@code time_identifier} to dates: academic year
 * {@code 202324} is 1 September 2023 to 31 August 2024, financial year {@code 202324} is 1 April
 * 2023 to 31 March 2024, and so on for calendar, tax and reporting years, terms, quarters, months
 * and weeks.
 */
public final class EesPeriods {

	static final String SUPPORTED = "Calendar year, Reporting year, Academic year, Financial year, Tax year, "
			+ "Autumn term, Spring term, Summer term, Autumn and spring term, January to December, "
			+ "Q1-Q4 (with Calendar year, Academic year, Financial year or Tax year before them), Week 1-53";

	private static final Pattern SINGLE_YEAR = Pattern.compile("(\\d{4})");

	private static final Pattern TWO_YEARS = Pattern.compile("(\\d{4})(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(?:(Calendar year|Academic year|Financial year|Tax year) )?Q([1-4])(?:-Q([1-4]))?");

	private static final Pattern WEEK = Pattern.compile("Week ([1-9]|[1-4]\\d|5[0-3])");

	private static final Map<String, Month> MONTHS = monthNames();

	private EesPeriods() {
	}

	/** The period, or the rejection of the row that names one EES does not use. */
	static PeriodRef require(String file, long line, String timePeriod, String timeIdentifier) {
		return parse(timePeriod, timeIdentifier).orElseThrow(() -> new InputRejectedException(file, line,
				"time_identifier", "time_period '" + timePeriod + "' with time_identifier '" + timeIdentifier
						+ "' is not a period EES uses; expected a year such as 2023 or 202324 with one of: " + SUPPORTED));
	}

	/**
	 * Why a period written as EES writes them is none of the calendar, or empty when it is one (or is
	 * not written as EES writes periods: see {@link #parse}): Week 53 of a year of 52 ISO weeks, which
	 * would otherwise become the first week of the next year.
	 */
	public static Optional<String> notInCalendar(String timePeriod, String timeIdentifier) {
		Matcher year = SINGLE_YEAR.matcher(timePeriod.trim());
		Matcher week = WEEK.matcher(timeIdentifier.trim());
		if (!year.matches() || !week.matches()) {
			return Optional.empty();
		}
		int weeks = isoWeeks(Integer.parseInt(year.group(1)));
		if (Integer.parseInt(week.group(1)) <= weeks) {
			return Optional.empty();
		}
		return Optional.of("time_period '" + timePeriod.trim() + "' with time_identifier '" + timeIdentifier.trim()
				+ "' is not a week of the calendar (" + year.group(1) + " has " + weeks + " ISO weeks)");
	}

	/**
	 * The period, or empty when the time identifier or the form of the time period is not one EES
	 * uses, or names no period of the calendar ({@link #notInCalendar}).
	 */
	public static Optional<PeriodRef> parse(String timePeriod, String timeIdentifier) {
		String period = timePeriod.trim();
		String identifier = timeIdentifier.trim();
		Matcher single = SINGLE_YEAR.matcher(period);
		Matcher twoYears = TWO_YEARS.matcher(period);
		if (single.matches()) {
			return singleYear(period, identifier, Integer.parseInt(period));
		}
		if (twoYears.matches()) {
			int first = Integer.parseInt(twoYears.group(1));
			int second = Integer.parseInt(twoYears.group(2));
			if ((first + 1) % 100 != second) {
				return Optional.empty();
			}
			return twoYear(period, identifier, first);
		}
		return Optional.empty();
	}

	private static Optional<PeriodRef> singleYear(String period, String identifier, int year) {
		switch (identifier) {
			case "Calendar year", "Reporting year" -> {
				return Optional.of(new PeriodRef(period, identifier, period,
						identifier.equals("Calendar year") ? "calendar_year" : "reporting_year",
						LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
			}
			default -> {
			}
		}
		Month month = MONTHS.get(identifier);
		if (month != null) {
			LocalDate start = LocalDate.of(year, month, 1);
			return Optional.of(new PeriodRef(period, identifier,
					month.getDisplayName(TextStyle.FULL, Locale.UK) + " " + year, "month", start,
					start.with(TemporalAdjusters.lastDayOfMonth())));
		}
		Matcher week = WEEK.matcher(identifier);
		if (week.matches()) {
			int number = Integer.parseInt(week.group(1));
			if (number > isoWeeks(year)) {
				return Optional.empty();
			}
			LocalDate start = LocalDate.of(year, 1, 4)
				.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
				.with(java.time.DayOfWeek.MONDAY);
			return Optional.of(new PeriodRef(period, identifier, identifier + " " + year, "week", start,
					start.plusDays(6)));
		}
		Matcher quarter = QUARTER.matcher(identifier);
		if (quarter.matches() && (quarter.group(1) == null || quarter.group(1).equals("Calendar year"))) {
			return Optional.of(quarter(period, identifier, year, Month.JANUARY, quarter, year + " "));
		}
		return Optional.empty();
	}

	private static Optional<PeriodRef> twoYear(String period, String identifier, int first) {
		String years = first + "/" + String.format("%02d", (first + 1) % 100);
		LocalDate september = LocalDate.of(first, 9, 1);
		switch (identifier) {
			case "Academic year" -> {
				return Optional.of(new PeriodRef(period, identifier, years, "academic_year", september,
						LocalDate.of(first + 1, 8, 31)));
			}
			case "Financial year" -> {
				return Optional.of(new PeriodRef(period, identifier, first + "-" + String.format("%02d", (first + 1) % 100),
						"financial_year", LocalDate.of(first, 4, 1), LocalDate.of(first + 1, 3, 31)));
			}
			case "Tax year" -> {
				return Optional.of(new PeriodRef(period, identifier, first + "-" + String.format("%02d", (first + 1) % 100),
						"tax_year", LocalDate.of(first, 4, 6), LocalDate.of(first + 1, 4, 5)));
			}
			case "Autumn term" -> {
				return Optional.of(new PeriodRef(period, identifier, "Autumn term " + years, "term", september,
						LocalDate.of(first, 12, 31)));
			}
			case "Spring term" -> {
				return Optional.of(new PeriodRef(period, identifier, "Spring term " + years, "term",
						LocalDate.of(first + 1, 1, 1), LocalDate.of(first + 1, 4, 30)));
			}
			case "Summer term" -> {
				return Optional.of(new PeriodRef(period, identifier, "Summer term " + years, "term",
						LocalDate.of(first + 1, 5, 1), LocalDate.of(first + 1, 8, 31)));
			}
			case "Autumn and spring term" -> {
				return Optional.of(new PeriodRef(period, identifier, "Autumn and spring terms " + years, "term",
						september, LocalDate.of(first + 1, 4, 30)));
			}
			default -> {
			}
		}
		Matcher quarter = QUARTER.matcher(identifier);
		if (quarter.matches() && quarter.group(1) != null) {
			Month firstMonth = switch (quarter.group(1)) {
				case "Academic year" -> Month.SEPTEMBER;
				case "Financial year", "Tax year" -> Month.APRIL;
				default -> null;
			};
			if (firstMonth != null) {
				return Optional.of(quarter(period, identifier, first, firstMonth, quarter, years + " "));
			}
		}
		return Optional.empty();
	}

	private static PeriodRef quarter(String period, String identifier, int year, Month yearStart, Matcher quarter,
			String labelPrefix) {
		int from = Integer.parseInt(quarter.group(2));
		int to = quarter.group(3) == null ? from : Integer.parseInt(quarter.group(3));
		LocalDate start = LocalDate.of(year, yearStart, 1).plusMonths(3L * (from - 1));
		LocalDate end = LocalDate.of(year, yearStart, 1).plusMonths(3L * to).minusDays(1);
		String quarters = to == from ? "Q" + from : "Q" + from + "-Q" + to;
		return new PeriodRef(period, identifier, labelPrefix + quarters, "quarter", start, end);
	}

	private static int isoWeeks(int year) {
		return (int) IsoFields.WEEK_OF_WEEK_BASED_YEAR.rangeRefinedBy(LocalDate.of(year, 1, 4)).getMaximum();
	}

	private static Map<String, Month> monthNames() {
		Map<String, Month> names = new java.util.HashMap<>();
		for (Month month : Month.values()) {
			names.put(month.getDisplayName(TextStyle.FULL, Locale.UK), month);
		}
		return Map.copyOf(names);
	}

}
