package org.sendap.etl.source;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;

/**
 * Dates as files write them, read strictly: a day the calendar does not have (31/02/2022) is no
 * date, where {@code java.time}'s default (smart) resolution would quietly make it 28 February. A
 * text in the form of a date that names no day is told apart from a text that is no date at all, so
 * that a reader can skip the row of the one, with the reason, and reject the file for the other.
 */
public final class CalendarDates {

	private CalendarDates() {
	}

	/** A pattern such as {@code dd/MM/uuuu}, resolved strictly ({@code uuuu}, not {@code yyyy}, for the year). */
	public static DateTimeFormatter strict(String pattern) {
		return DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT);
	}

	/**
	 * What a text is, read with the first of the forms it fits.
	 * @param forms strict formatters, e.g. {@link #strict} or {@link DateTimeFormatter#ISO_LOCAL_DATE}
	 */
	public static Reading read(String text, List<DateTimeFormatter> forms) {
		String trimmed = text.strip();
		for (DateTimeFormatter form : forms) {
			ParsePosition position = new ParsePosition(0);
			TemporalAccessor fields = form.parseUnresolved(trimmed, position);
			if (fields == null || position.getErrorIndex() >= 0 || position.getIndex() != trimmed.length()) {
				continue;
			}
			try {
				return new Reading(LocalDate.parse(trimmed, form), null);
			}
			catch (DateTimeException ex) {
				return new Reading(null, whyNoDay(fields));
			}
		}
		return new Reading(null, null);
	}

	/**
	 * A text read as a date: the day it names, or why a text in the form of a date names none; both
	 * null when the text is not in the form of a date.
	 */
	public record Reading(LocalDate date, String notInCalendar) {

		public boolean isDate() {
			return this.date != null;
		}

		/** In the form of a date, but no day of the calendar: {@code 31/02/2022}, {@code 2022-13-01}. */
		public boolean isNotInCalendar() {
			return this.notInCalendar != null;
		}

	}

	private static String whyNoDay(TemporalAccessor fields) {
		if (!fields.isSupported(ChronoField.YEAR) || !fields.isSupported(ChronoField.MONTH_OF_YEAR)
				|| !fields.isSupported(ChronoField.DAY_OF_MONTH)) {
			return "it is not a day of the calendar";
		}
		long year = fields.getLong(ChronoField.YEAR);
		long month = fields.getLong(ChronoField.MONTH_OF_YEAR);
		long day = fields.getLong(ChronoField.DAY_OF_MONTH);
		if (month < 1 || month > 12) {
			return "there is no month " + month;
		}
		YearMonth yearMonth = YearMonth.of((int) year, (int) month);
		if (day < 1 || day > yearMonth.lengthOfMonth()) {
			return Month.of((int) month).getDisplayName(TextStyle.FULL, Locale.UK) + " " + year + " has "
					+ yearMonth.lengthOfMonth() + " days";
		}
		return "it is not a day of the calendar";
	}

}
