package org.sendap.dashboard.forecast;

import java.util.Arrays;
import java.util.Optional;

/**
 * Rolling-origin evaluation (Hyndman and Athanasopoulos, section 5.10): each period from the
 * {@code firstHeldBack}-th on is held back in turn, the model is fitted to the periods before it and
 * forecasts it one period ahead; the errors give MAPE and MASE. MASE scales each error by the mean
 * absolute change of the history the model was fitted to, so that series of any size compare.
 */
final class Backtest {

	private Backtest() {
	}

	/** Empty when the model cannot be fitted to the shortest history, or no period can be held back. */
	static Optional<Accuracy> oneStepAhead(ForecastModel model, double[] y, int firstHeldBack) {
		int start = Math.max(firstHeldBack, model.minimumHistory());
		double absolute = 0;
		double percent = 0;
		int percents = 0;
		double scaled = 0;
		int scaledCount = 0;
		int tests = 0;
		for (int k = start; k < y.length; k++) {
			double[] training = Arrays.copyOf(y, k);
			Optional<Prediction> prediction = model.predict(training, 1);
			if (prediction.isEmpty()) {
				continue;
			}
			double error = y[k] - prediction.get().mean()[0];
			absolute += Math.abs(error);
			if (y[k] != 0) {
				percent += Math.abs(error / y[k]);
				percents++;
			}
			double scale = meanAbsoluteChange(training);
			if (scale > 0) {
				scaled += Math.abs(error) / scale;
				scaledCount++;
			}
			tests++;
		}
		if (tests == 0) {
			return Optional.empty();
		}
		return Optional.of(new Accuracy(percents == 0 ? null : 100 * percent / percents,
				scaledCount == 0 ? null : scaled / scaledCount, absolute / tests, tests));
	}

	static double meanAbsoluteChange(double[] y) {
		double sum = 0;
		for (int t = 1; t < y.length; t++) {
			sum += Math.abs(y[t] - y[t - 1]);
		}
		return y.length < 2 ? 0 : sum / (y.length - 1);
	}

}
