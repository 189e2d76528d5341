package org.sendap.dashboard.forecast;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the forecasting model of a series by rolling-origin backtesting: each candidate forecasts
 * the held-back periods one period ahead, and the one with the lowest MASE is chosen (MAE where the
 * series never changed). The candidates are tried in order, so that a tie goes to the first: the
 * simpler models come first.
 */
final class ModelChoice {

	/** The most periods held back: the last five years, or the last twelve months. */
	static final int HELD_BACK_YEARS = 5;

	static final int HELD_BACK_MONTHS = 12;

	/** The fewest periods a model is fitted to before it is tested. */
	static final int FIRST_TRAINING = 4;

	private ModelChoice() {
	}

	/** A candidate with its accuracy on the held-back periods; empty accuracy when it could not be tested. */
	record Tested(ForecastModel model, Optional<Accuracy> accuracy) {
	}

	record Choice(ForecastModel chosen, List<Tested> tested) {
	}

	static Choice choose(List<ForecastModel> candidates, double[] y, int mostHeldBack) {
		int firstHeldBack = Math.max(FIRST_TRAINING, y.length - mostHeldBack);
		List<Tested> tested = new ArrayList<>();
		for (ForecastModel model : candidates) {
			tested.add(new Tested(model, Backtest.oneStepAhead(model, y, firstHeldBack)));
		}
		ForecastModel chosen = tested.stream()
			.filter(candidate -> candidate.accuracy().isPresent())
			.min(Comparator.comparingDouble(ModelChoice::score))
			.map(Tested::model)
			.orElse(candidates.get(0));
		return new Choice(chosen, tested);
	}

	private static double score(Tested candidate) {
		Accuracy accuracy = candidate.accuracy().orElseThrow();
		return accuracy.mase() != null ? accuracy.mase() : accuracy.mae();
	}

}
