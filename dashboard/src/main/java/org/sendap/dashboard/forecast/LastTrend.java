package org.sendap.dashboard.forecast;

import java.util.Optional;

/**
 * The "last trend" baseline: the latest period-to-period change carries on unchanged. Its one-step
 * error sigma comes from how well the change before each period predicted that period; the error
 * of h periods ahead grows with h (the slope's error is carried h times).
 */
final class LastTrend implements ForecastModel {

	static final String NAME = "last-trend";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Last trend: the latest change from one period to the next carries on unchanged (a baseline).";
	}

	@Override
	public int minimumHistory() {
		return 3;
	}

	@Override
	public Optional<Prediction> predict(double[] history, int horizon) {
		int n = history.length;
		if (n < minimumHistory()) {
			return Optional.empty();
		}
		double squares = 0;
		for (int t = 2; t < n; t++) {
			double forecast = history[t - 1] + (history[t - 1] - history[t - 2]);
			squares += (history[t] - forecast) * (history[t] - forecast);
		}
		double sigma = Math.sqrt(squares / (n - 2));
		double change = history[n - 1] - history[n - 2];
		double[] mean = new double[horizon];
		double[] sd = new double[horizon];
		for (int h = 1; h <= horizon; h++) {
			mean[h - 1] = history[n - 1] + h * change;
			sd[h - 1] = sigma * h;
		}
		return Optional.of(Prediction.normal(mean, sd, "change per period " + Forecasts.number(change)));
	}

}
