package org.sendap.dashboard.forecast;

import java.util.Arrays;
import java.util.Optional;

/**
 * The population-driven model: the KPI per child aged 0 to 17 in the LA (ONS mid-year estimates),
 * forecast with the damped trend, times the ONS population projection of the same ages. The count
 * then follows the number of children as well as the trend of the rate; its prediction intervals
 * are the rate's, scaled by the projected population.
 *
 * @param population the population of each period of the history and of the periods ahead, in order
 * (the estimates, then the projection); the model needs one for every period it forecasts
 * @param first the first period of the history with a population estimate: the rate's history
 * starts there (the mid-year estimates start in 2012)
 */
record PopulationDriven(double[] population, int first) implements ForecastModel {

	static final String NAME = "population";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "Population-driven: the figure per child aged 0 to 17 in the area (ONS mid-year estimates), trended "
				+ "with the damped trend, times the ONS projection of the number of children.";
	}

	@Override
	public int minimumHistory() {
		return 4;
	}

	@Override
	public Optional<Prediction> predict(double[] history, int horizon) {
		int n = history.length;
		if (n - this.first < minimumHistory() || this.population.length < n + horizon) {
			return Optional.empty();
		}
		double[] rate = new double[n - this.first];
		for (int t = this.first; t < n; t++) {
			if (!(this.population[t] > 0)) {
				return Optional.empty();
			}
			rate[t - this.first] = history[t] / this.population[t];
		}
		DampedTrend.Fit fit = DampedTrend.fit(rate);
		Prediction rates = DampedTrend.predict(fit, horizon);
		double[] people = Arrays.copyOfRange(this.population, n, n + horizon);
		return Optional.of(rates.scaled(people, new double[horizon],
				"rate per 10,000 children " + Forecasts.number(rate[rate.length - 1] * 10_000) + " in the last period; "
						+ rates.parameters()));
	}

}
