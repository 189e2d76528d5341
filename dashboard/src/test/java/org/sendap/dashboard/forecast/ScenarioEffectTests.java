package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A scenario changes the forecast exactly as its assumptions say.
 */
class ScenarioEffectTests {

	private static final Prediction BASELINE = new Prediction(new double[] { 1000, 1100, 1200 },
			new double[] { 900, 950, 1000 }, new double[] { 1100, 1250, 1400 }, new double[] { 850, 880, 900 },
			new double[] { 1150, 1320, 1500 }, "test");

	private static final List<PeriodsAhead.Ahead> YEARS = List.of(
			new PeriodsAhead.Ahead("202526", "2025/26", java.time.LocalDate.of(2025, 9, 1)),
			new PeriodsAhead.Ahead("202627", "2026/27", java.time.LocalDate.of(2026, 9, 1)),
			new PeriodsAhead.Ahead("202728", "2027/28", java.time.LocalDate.of(2027, 9, 1)));

	@Test
	void growthOfTenPercentMultipliesTheForecastHYearsAheadByOnePointOneToTheH() {
		Scenario tenPercent = new Scenario(null, "10% more requests", new BigDecimal("10"), null, null);

		List<KpiForecast.Point> points = ScenarioEffect.apply(BASELINE, tenPercent, new double[3], YEARS, 0, true);

		assertThat(points).extracting(KpiForecast.Point::value)
			.containsExactly(new BigDecimal("1100"), new BigDecimal("1331"), new BigDecimal("1597"));
		assertThat(points.get(1).lower95()).isEqualByComparingTo("1065"); // 880 x 1.21 = 1064.8
	}

	@Test
	void placementsMovedAreAddedOnTopOfTheGrowth() {
		Scenario both = new Scenario(null, "both", new BigDecimal("-5"), new BigDecimal("20"), null);

		List<KpiForecast.Point> points = ScenarioEffect.apply(BASELINE, both, new double[] { 10, 30, 50 }, YEARS, 0, true);

		// 1000 x 0.95 + 10, 1100 x 0.9025 + 30, 1200 x 0.857375 + 50
		assertThat(points).extracting(KpiForecast.Point::value)
			.containsExactly(new BigDecimal("960"), new BigDecimal("1023"), new BigDecimal("1079"));
	}

}
