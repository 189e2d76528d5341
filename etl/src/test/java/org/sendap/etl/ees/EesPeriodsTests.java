package org.sendap.etl.ees;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendap.etl.pipeline.PeriodRef;

class EesPeriodsTests {

	@Test
	void academicYearRunsFromSeptemberToAugust() {
		PeriodRef period = EesPeriods.parse("202324", "Academic year").orElseThrow();

		assertThat(period).isEqualTo(new PeriodRef("202324", "Academic year", "2023/24", "academic_year",
				LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)));
	}

	@Test
	void academicYearAcrossTheCenturyKeepsTwoDigitEnd() {
		PeriodRef period = EesPeriods.parse("199900", "Academic year").orElseThrow();

		assertThat(period.label()).isEqualTo("1999/00");
		assertThat(period.end()).isEqualTo(LocalDate.of(2000, 8, 31));
	}

	@Test
	void financialYearRunsFromAprilToMarch() {
		PeriodRef period = EesPeriods.parse("202324", "Financial year").orElseThrow();

		assertThat(period.granularity()).isEqualTo("financial_year");
		assertThat(period.label()).isEqualTo("2023-24");
		assertThat(period.start()).isEqualTo(LocalDate.of(2023, 4, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2024, 3, 31));
	}

	@Test
	void taxYearRunsFromTheSixthOfApril() {
		PeriodRef period = EesPeriods.parse("202324", "Tax year").orElseThrow();

		assertThat(period.start()).isEqualTo(LocalDate.of(2023, 4, 6));
		assertThat(period.end()).isEqualTo(LocalDate.of(2024, 4, 5));
	}

	@Test
	void calendarYearIsJanuaryToDecember() {
		PeriodRef period = EesPeriods.parse("2023", "Calendar year").orElseThrow();

		assertThat(period).isEqualTo(new PeriodRef("2023", "Calendar year", "2023", "calendar_year",
				LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
	}

	@Test
	void reportingYearIsKeptApartFromCalendarYear() {
		PeriodRef period = EesPeriods.parse("2025", "Reporting year").orElseThrow();

		assertThat(period.granularity()).isEqualTo("reporting_year");
		assertThat(period.start()).isEqualTo(LocalDate.of(2025, 1, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2025, 12, 31));
	}

	@ParameterizedTest(name = "{1} {0} is {2} to {3}")
	@CsvSource({ "202324, Autumn term, 2023-09-01, 2023-12-31", "202324, Spring term, 2024-01-01, 2024-04-30",
			"202324, Summer term, 2024-05-01, 2024-08-31",
			"201314, Autumn and spring term, 2013-09-01, 2014-04-30" })
	void termsFallInsideTheirAcademicYear(String timePeriod, String identifier, LocalDate start, LocalDate end) {
		PeriodRef period = EesPeriods.parse(timePeriod, identifier).orElseThrow();

		assertThat(period.granularity()).isEqualTo("term");
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
	}

	@Test
	void monthIsTheWholeMonth() {
		PeriodRef period = EesPeriods.parse("2024", "February").orElseThrow();

		assertThat(period).isEqualTo(new PeriodRef("2024", "February", "February 2024", "month",
				LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
	}

	@ParameterizedTest(name = "{1} {0} is {2} to {3}")
	@CsvSource({ "2023, Q2, 2023-04-01, 2023-06-30", "2023, Calendar year Q4, 2023-10-01, 2023-12-31",
			"202324, Financial year Q1, 2023-04-01, 2023-06-30", "202324, Academic year Q1, 2023-09-01, 2023-11-30",
			"202324, Financial year Q1-Q2, 2023-04-01, 2023-09-30" })
	void quartersCountFromTheStartOfTheirYear(String timePeriod, String identifier, LocalDate start, LocalDate end) {
		PeriodRef period = EesPeriods.parse(timePeriod, identifier).orElseThrow();

		assertThat(period.granularity()).isEqualTo("quarter");
		assertThat(period.start()).isEqualTo(start);
		assertThat(period.end()).isEqualTo(end);
	}

	@Test
	void weekIsAnIsoWeekFromMonday() {
		PeriodRef period = EesPeriods.parse("2024", "Week 1").orElseThrow();

		assertThat(period.start()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(period.end()).isEqualTo(LocalDate.of(2024, 1, 7));
	}

	@Test
	void week53IsAWeekOfTheYearsThatHaveOne() {
		PeriodRef period = EesPeriods.parse("2020", "Week 53").orElseThrow();

		assertThat(period.start()).isEqualTo(LocalDate.of(2020, 12, 28));
		assertThat(period.end()).isEqualTo(LocalDate.of(2021, 1, 3));
		assertThat(EesPeriods.notInCalendar("2020", "Week 53")).isEmpty();
	}

	@Test
	void week53OfAYearOfFiftyTwoWeeksIsNoWeekNeverTheFirstWeekOfTheNextYear() {
		assertThat(EesPeriods.parse("2023", "Week 53")).isEmpty();
		assertThat(EesPeriods.notInCalendar("2023", "Week 53"))
			.contains("time_period '2023' with time_identifier 'Week 53' is not a week of the calendar (2023 has 52 ISO weeks)");
	}

	@Test
	void surroundingSpacesAreIgnored() {
		assertThat(EesPeriods.parse(" 2023 ", " Calendar year ")).isPresent();
	}

	@ParameterizedTest(name = "''{0}'' with ''{1}'' is not an EES period")
	@CsvSource({ "2023, Fortnight 3", "2023, Academic year", "202324, Calendar year", "202325, Academic year",
			"2023/24, Academic year", "23, Calendar year", "2023, Week 54", "2023, Financial year Q1", "'', Calendar year" })
	void unknownPeriodIsEmpty(String timePeriod, String identifier) {
		assertThat(EesPeriods.parse(timePeriod, identifier)).isEmpty();
	}

}
