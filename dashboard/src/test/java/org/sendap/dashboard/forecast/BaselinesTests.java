package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The naive baselines and the rolling-origin backtest, worked by hand.
 */
class BaselinesTests {

	private static final double[] SERIES = { 100, 110, 115, 130, 128, 140 };

	@Test
	void lastValueRepeatsTheLatestFigureWithARandomWalksInterval() {
		Prediction prediction = new LastValue().predict(SERIES, 3).orElseThrow();

		assertThat(prediction.mean()).containsExactly(140, 140, 140);
		// changes 10, 5, 15, -2, 12: sigma^2 = (100 + 25 + 225 + 4 + 144) / 5 = 99.6
		double sigma = Math.sqrt(99.6);
		assertThat(prediction.upper95()[2] - 140).isCloseTo(1.959963984540054 * sigma * Math.sqrt(3), within(1e-9));
	}

	@Test
	void lastTrendCarriesTheLatestChangeOn() {
		Prediction prediction = new LastTrend().predict(SERIES, 3).orElseThrow();

		assertThat(prediction.mean()).containsExactly(152, 164, 176);
	}

	/**
	 * Held back: 128 (from 100..130, last value 130, error -2) and 140 (from 100..128, error 12); the
	 * scales are the mean absolute changes of those histories: 30/3 = 10 and 32/4 = 8.
	 */
	@Test
	void backtestHoldsBackEachPeriodInTurnAndScalesByTheHistorysChanges() {
		Accuracy accuracy = Backtest.oneStepAhead(new LastValue(), SERIES, 4).orElseThrow();

		assertThat(accuracy.tests()).isEqualTo(2);
		assertThat(accuracy.mae()).isCloseTo((2 + 12) / 2.0, within(1e-12));
		assertThat(accuracy.mape()).isCloseTo(100 * (2 / 128.0 + 12 / 140.0) / 2, within(1e-12));
		assertThat(accuracy.mase()).isCloseTo((2 / 10.0 + 12 / 8.0) / 2, within(1e-12));
	}

	@Test
	void theModelThatForecastHeldBackPeriodsBestIsChosen() {
		double[] line = { 10, 20, 30, 40, 50, 60, 70, 80 };

		ModelChoice.Choice choice = ModelChoice.choose(java.util.List.of(new LastValue(), new LastTrend()), line, 5);

		assertThat(choice.chosen().name()).isEqualTo(LastTrend.NAME);
		assertThat(choice.tested().get(1).accuracy().orElseThrow().mase()).isZero();
	}

}
