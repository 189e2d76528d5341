package org.sendap.dashboard.forecast;

import java.util.ArrayList;
import java.util.List;

/**
 * What a scenario does to a forecast, exactly as its assumptions say: growth of g% a period above the
 * baseline multiplies the forecast h periods ahead (and its intervals) by (1 + g/100)^h; then a
 * placement shift adds (mainstream) or takes away (special schools) the children it moves by then.
 */
final class ScenarioEffect {

	private ScenarioEffect() {
	}

	/** @param moved the children moved by each period ahead: added to the forecast (negative: taken away) */
	static List<KpiForecast.Point> apply(Prediction baseline, Scenario scenario, double[] moved,
			List<PeriodsAhead.Ahead> ahead, int decimals, boolean count) {
		double growth = scenario.growthPercent() == null ? 0 : scenario.growthPercent().doubleValue() / 100;
		int horizon = baseline.horizon();
		double[] mean = new double[horizon];
		double[] lower80 = new double[horizon];
		double[] upper80 = new double[horizon];
		double[] lower95 = new double[horizon];
		double[] upper95 = new double[horizon];
		for (int h = 0; h < horizon; h++) {
			double factor = Math.pow(1 + growth, h + 1);
			mean[h] = baseline.mean()[h] * factor + moved[h];
			lower80[h] = baseline.lower80()[h] * factor + moved[h];
			upper80[h] = baseline.upper80()[h] * factor + moved[h];
			lower95[h] = baseline.lower95()[h] * factor + moved[h];
			upper95[h] = baseline.upper95()[h] * factor + moved[h];
		}
		return new ArrayList<>(ForecastService.points(new Prediction(mean, lower80, upper80, lower95, upper95,
				baseline.parameters()), ahead, decimals, count));
	}

}
