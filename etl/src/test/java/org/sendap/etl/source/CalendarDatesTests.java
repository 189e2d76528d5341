package org.sendap.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;

class CalendarDatesTests {

	private static final List<DateTimeFormatter> UK_OR_ISO = List.of(CalendarDates.strict("d/M/uuuu"),
			DateTimeFormatter.ISO_LOCAL_DATE);

	@Test
	void aDayOfTheCalendarIsReadInEitherForm() {
		assertThat(CalendarDates.read("29/02/2024", UK_OR_ISO)).isEqualTo(new CalendarDates.Reading(LocalDate.of(2024, 2, 29), null));
		assertThat(CalendarDates.read(" 2025-10-31 ", UK_OR_ISO).date()).isEqualTo(LocalDate.of(2025, 10, 31));
	}

	@Test
	void theThirtyFirstOfFebruaryIsNoDayNeverTheTwentyEighth() {
		CalendarDates.Reading reading = CalendarDates.read("31/02/2022", UK_OR_ISO);

		assertThat(reading.isDate()).isFalse();
		assertThat(reading.notInCalendar()).isEqualTo("February 2022 has 28 days");
	}

	@Test
	void theTwentyNinthOfFebruaryOfAYearThatIsNotLeapIsNoDay() {
		assertThat(CalendarDates.read("2023-02-29", UK_OR_ISO).notInCalendar()).isEqualTo("February 2023 has 28 days");
	}

	@Test
	void aThirteenthMonthIsNoDay() {
		assertThat(CalendarDates.read("01/13/2022", UK_OR_ISO).notInCalendar()).isEqualTo("there is no month 13");
	}

	@Test
	void textThatIsNoDateIsNeitherADayNorADayOutOfTheCalendar() {
		for (String text : List.of("October 2025", "31-10-2025", "", "31/10/25x")) {
			CalendarDates.Reading reading = CalendarDates.read(text, UK_OR_ISO);
			assertThat(reading.isDate()).as(text).isFalse();
			assertThat(reading.isNotInCalendar()).as(text).isFalse();
		}
	}

}
