package org.sendap.dashboard.forecast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The naive baseline: every future period equals the last observed value. Its prediction interval is
 * that of a random walk, sigma times the square root of h, with sigma from the history's own
 * period-to-period changes.
 */
final class LastValue implements ForecastModel {

	static final String NAME = "last-value";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Last value: every future period equals the latest observed figure (the naive baseline).";
	}

	@Override
	public int minimumHistory() {
		return 2;
	}

	@Override
	public Optional<Prediction> predict(double[] history, int horizon) {
		int n = history.length;
		if (n < minimumHistory()) {
			return Optional.empty();
		}
		double squares = 0;
		for (int t = 1; t < n; t++) {
			double change = history[t] - history[t - 1];
			squares += change * change;
		}
		double sigma = Math.sqrt(squares / (n - 1));
		double[] mean = new double[horizon];
		double[] sd = new double[horizon];
		Arrays.fill(mean, history[n - 1]);
		for (int h = 1; h <= horizon; h++) {
			sd[h - 1] = sigma * Math.sqrt(h);
		}
		return Optional.of(Prediction.normal(mean, sd, "none"));
	}

}
