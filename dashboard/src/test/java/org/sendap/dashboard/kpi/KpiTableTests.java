package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendap.dashboard.kpi.KpiFactRepository.InputFact;

class KpiTableTests {

	private static Kpi kpi(String computation, String polarity, List<Kpi.KpiInput> inputs) {
		return new Kpi("test", "Test", "%", polarity, 1, null, computation, new BigDecimal("100"), 1, "la", "", "", null,
				null, inputs);
	}

	private static InputFact fact(int position, String role, String column, long area, int year, String granularity,
			String value, int releaseOrder, long importId) {
		LocalDate start = "academic_year".equals(granularity) ? LocalDate.of(year - 1, 9, 1) : LocalDate.of(year, 1, 1);
		boolean academic = "academic_year".equals(granularity);
		String source = academic ? (year - 1) + String.format("%02d", year % 100) : "" + year;
		String label = academic ? (year - 1) + "/" + String.format("%02d", year % 100) : source;
		return new InputFact(position, role, column, area, source, label, granularity, start, start.plusYears(1).minusDays(1),
				value == null ? null : new BigDecimal(value), value == null ? "c" : null, releaseOrder, importId, "Total");
	}

	@Test
	void aCalendarYearJanuaryCountJoinsTheNewerReleasesAcademicYearsAndTheNewerReleaseWins() {
		Kpi caseload = kpi("count", "neutral", List.of(new Kpi.KpiInput(1, "value", "ehcplans", null, null, 0, false, null),
				new Kpi.KpiInput(2, "value", "Total_ehc", null, null, 0, true, null)));
		KpiTable table = KpiTable.of(caseload,
				List.of(fact(1, "value", "ehcplans", 7, 2022, "academic_year", "2900", 2025, 9),
						fact(2, "value", "Total_ehc", 7, 2022, "calendar_year", "2800", 2022, 3),
						fact(2, "value", "Total_ehc", 7, 2021, "calendar_year", "2600", 2022, 3)));

		assertThat(table.periods()).extracting(KpiPeriod::label).containsExactly("2020/21", "2021/22");
		assertThat(table.series(7)).extracting(PeriodFigures::numerator)
			.containsExactly(new BigDecimal("2600"), new BigDecimal("2900"));
	}

	@Test
	void columnsOfOneRoleAreAddedUpAndASymbolInAnyOfThemIsKept() {
		Kpi decided = kpi("ratio", "higher", List.of(new Kpi.KpiInput(1, "numerator", "within", null, null, 0, false, null),
				new Kpi.KpiInput(1, "denominator", "within", null, null, 0, false, null),
				new Kpi.KpiInput(1, "denominator", "over", null, null, 0, false, null)));
		KpiTable table = KpiTable.of(decided,
				List.of(fact(1, "numerator", "within", 7, 2024, "calendar_year", "614", 2025, 1),
						fact(1, "denominator", "within", 7, 2024, "calendar_year", "614", 2025, 1),
						fact(1, "denominator", "over", 7, 2024, "calendar_year", "257", 2025, 1),
						fact(1, "numerator", "within", 8, 2024, "calendar_year", "10", 2025, 1),
						fact(1, "denominator", "within", 8, 2024, "calendar_year", "10", 2025, 1),
						fact(1, "denominator", "over", 8, 2024, "calendar_year", null, 2025, 1)));

		PeriodFigures shropshire = table.series(7).get(0);
		assertThat(KpiCalculator.point(decided, shropshire, false).value()).isEqualByComparingTo("70.5");
		PeriodFigures suppressed = table.series(8).get(0);
		assertThat(suppressed.denominator()).isNull();
		assertThat(suppressed.denominatorStatus()).isEqualTo("c");
		assertThat(table.summed(List.of(7L, 8L)).get(0).suppressedAreas()).isEqualTo(1);
	}

	@Test
	void theRateALayoutPublishesIsKeptBesideItsCountsAndLeftOutOfGroups() {
		Kpi absence = kpi("ratio", "lower", List.of(new Kpi.KpiInput(1, "numerator", "t_pupils_pa_10_exact", null, null, 0, false, null),
				new Kpi.KpiInput(1, "denominator", "t_pupils", null, null, 0, false, null),
				new Kpi.KpiInput(1, "rate", "pt_pupils_pa_10_exact", null, null, 0, false, null)));
		KpiTable table = KpiTable.of(absence,
				List.of(fact(1, "numerator", "t_pupils_pa_10_exact", 5, 2023, "academic_year", "6650", 2025, 1),
						fact(1, "denominator", "t_pupils", 5, 2023, "academic_year", "13920", 2025, 1),
						fact(1, "rate", "pt_pupils_pa_10_exact", 5, 2023, "academic_year", "47.7", 2025, 1),
						fact(1, "numerator", "t_pupils_pa_10_exact", 6, 2023, "academic_year", "10", 2025, 1),
						fact(1, "denominator", "t_pupils", 6, 2023, "academic_year", "40", 2025, 1)));

		PeriodFigures westMidlands = table.series(5).get(0);
		assertThat(westMidlands.published()).isEqualByComparingTo("47.7");
		assertThat(KpiCalculator.point(absence, westMidlands, false).value()).isEqualByComparingTo("47.7");
		assertThat(table.series(6).get(0).hasPublishedRate()).as("a row without the rate column's value").isFalse();
		assertThat(KpiCalculator.point(absence, table.series(6).get(0), false).value()).isEqualByComparingTo("25.0");
		PeriodFigures group = table.summed(List.of(5L, 6L)).get(0);
		assertThat(group.hasPublishedRate()).isFalse();
		assertThat(KpiCalculator.point(absence, group, true).value()).isEqualByComparingTo("47.7");
	}

	@Test
	void aGroupsCountIsItsMembersAverageNotTheirSum() {
		Kpi caseload = kpi("count", "neutral", List.of(new Kpi.KpiInput(1, "value", "ehcplans", null, null, 0, false, null)));
		KpiTable table = KpiTable.of(caseload, List.of(fact(1, "value", "ehcplans", 7, 2025, "academic_year", "3016", 2025, 1),
				fact(1, "value", "ehcplans", 8, 2025, "academic_year", "5001", 2025, 1)));

		KpiPoint neighbours = KpiCalculator.point(caseload, table.summed(List.of(7L, 8L)).get(0), true);
		assertThat(neighbours.value()).isEqualByComparingTo("4008.5");
		assertThat(neighbours.numerator()).isEqualByComparingTo("8017");
		assertThat(neighbours.areas()).isEqualTo(2);
	}

	@Test
	void aLaggedDenominatorIsReadFromTheYearBefore() {
		Kpi rate = kpi("ratio", "neutral", List.of(new Kpi.KpiInput(1, "numerator", "At31_episodes", "h", null, 0, false, null),
				new Kpi.KpiInput(1, "denominator", "population_estimate", "h", null, 1, false, null)));
		KpiTable table = KpiTable.of(rate,
				List.of(fact(1, "numerator", "At31_episodes", 7, 2025, "reporting_year", "2209", 2025, 1),
						fact(1, "denominator", "population_estimate", 7, 2024, "reporting_year", "60153", 2024, 2),
						fact(1, "denominator", "population_estimate", 7, 2025, "reporting_year", "99999", 2025, 2)));

		assertThat(table.periods()).extracting(KpiPeriod::label).containsExactly("2025");
		PeriodFigures figures = table.series(7).get(0);
		assertThat(figures.denominator()).isEqualByComparingTo("60153");
		Kpi perTenThousand = new Kpi("cin", "CIN", "per 10,000", "neutral", 7, null, "ratio", new BigDecimal("10000"), 1,
				"la", "", "", null, null, rate.inputs());
		assertThat(KpiCalculator.point(perTenThousand, figures, false).value()).isEqualByComparingTo("367.2");
	}

	@Test
	void ranksShareTiesAndBandsRespectPolarity() {
		List<BigDecimal> values = List.of(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("20"),
				new BigDecimal("30"), new BigDecimal("40"));

		Ranking higher = Ranking.of(new BigDecimal("20"), values, "higher");
		assertThat(higher.rank()).isEqualTo(3);
		assertThat(higher.of()).isEqualTo(5);
		assertThat(higher.q1()).isEqualByComparingTo("20");
		assertThat(higher.q3()).isEqualByComparingTo("30");
		assertThat(higher.quartile()).isEqualTo("D");
		assertThat(Ranking.of(new BigDecimal("40"), values, "higher").quartile()).isEqualTo("A");
		assertThat(Ranking.of(new BigDecimal("20"), values, "lower").rank()).isEqualTo(2);
		assertThat(Ranking.of(new BigDecimal("10"), values, "lower").quartile()).isEqualTo("A");
		assertThat(Ranking.of(new BigDecimal("40"), values, "neutral").quartile()).isNull();
		assertThat(Ranking.of(new BigDecimal("40"), values, "neutral").rank()).isEqualTo(1);
	}

	@Test
	void ragIsGreenOnTargetAmberWithinTheToleranceRedBeyond() {
		Kpi higher = kpi("ratio", "higher", List.of());
		Kpi lower = kpi("ratio", "lower", List.of());
		KpiTarget target = new KpiTarget(new BigDecimal("60"), new BigDecimal("5"), null, null, "test", null);

		assertThat(target.rag(higher, new BigDecimal("60"))).isEqualTo(KpiTarget.GREEN);
		assertThat(target.rag(higher, new BigDecimal("55"))).isEqualTo(KpiTarget.AMBER);
		assertThat(target.rag(higher, new BigDecimal("54.9"))).isEqualTo(KpiTarget.RED);
		assertThat(target.rag(lower, new BigDecimal("64"))).isEqualTo(KpiTarget.AMBER);
		assertThat(target.rag(lower, new BigDecimal("59"))).isEqualTo(KpiTarget.GREEN);
		assertThat(target.rag(kpi("count", "neutral", List.of()), new BigDecimal("59"))).isNull();
	}

}
