package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiPoint;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forecasts' accuracy on the real EHC plan caseload of every LA in the sample data (January
 * counts, 2014/15 to 2024/25): each of the last three years is held back in turn; the method is
 * chosen by backtesting on the years before it only, then forecasts it one year ahead. Over all LAs
 * and held-back years, the chosen method's error is lower than the naive "last value" forecast's.
 */
@DashboardIntegrationTest
class CaseloadForecastAccuracyIntegrationTests {

	static final int HELD_BACK = 3;

	@Autowired
	KpiSeriesService series;

	@Autowired
	AreaRepository areas;

	@Test
	void chosenMethodForecastsHeldBackYearsBetterThanTheNaiveBaselineOnAverage() {
		Kpi caseload = this.series.kpi("ehcp-caseload").orElseThrow();
		double chosenAbsolute = 0;
		double naiveAbsolute = 0;
		double chosenPercent = 0;
		double naivePercent = 0;
		int forecasts = 0;
		int areasTested = 0;
		int[] chosenCounts = new int[3];
		List<String> names = List.of(LastValue.NAME, LastTrend.NAME, DampedTrend.NAME);
		for (Area area : this.areas.localAuthorities()) {
			List<KpiPoint> history = ForecastService.unbrokenRun(this.series.series(caseload, area).series().get(0).points());
			double[] y = history.stream().mapToDouble(point -> point.value().doubleValue()).toArray();
			if (y.length < ModelChoice.FIRST_TRAINING + HELD_BACK + 1) {
				continue;
			}
			areasTested++;
			for (int k = y.length - HELD_BACK; k < y.length; k++) {
				double[] before = Arrays.copyOf(y, k);
				ModelChoice.Choice choice = ModelChoice.choose(
						List.of(new LastValue(), new LastTrend(), new DampedTrend()), before, ModelChoice.HELD_BACK_YEARS);
				chosenCounts[names.indexOf(choice.chosen().name())]++;
				double chosen = choice.chosen().predict(before, 1).orElseThrow().mean()[0];
				double naive = before[before.length - 1];
				chosenAbsolute += Math.abs(y[k] - chosen);
				naiveAbsolute += Math.abs(y[k] - naive);
				chosenPercent += Math.abs(y[k] - chosen) / y[k];
				naivePercent += Math.abs(y[k] - naive) / y[k];
				forecasts++;
			}
		}

		System.out.printf("EHC plan caseload, one year ahead, %d LAs, %d held-back years: chosen method MAE %.1f plans,"
				+ " MAPE %.2f%%; naive (last value) MAE %.1f plans, MAPE %.2f%%; chosen: last value %d, last trend %d,"
				+ " damped trend %d%n", areasTested, forecasts, chosenAbsolute / forecasts, 100 * chosenPercent / forecasts,
				naiveAbsolute / forecasts, 100 * naivePercent / forecasts, chosenCounts[0], chosenCounts[1], chosenCounts[2]);
		assertThat(areasTested).as("LAs with a caseload series long enough to test").isGreaterThan(140);
		assertThat(chosenAbsolute / forecasts).as("mean absolute error of the chosen method")
			.isLessThan(naiveAbsolute / forecasts);
		assertThat(chosenPercent / forecasts).as("mean absolute percentage error of the chosen method")
			.isLessThan(naivePercent / forecasts);
	}

}
