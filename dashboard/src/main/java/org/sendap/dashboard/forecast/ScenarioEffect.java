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
		double[] factor = new double[baseline.horizon()];
		for (int h = 0; h < factor.length; h++) {
			factor[h] = Math.pow(1 + growth, h + 1);
		}
		return new ArrayList<>(ForecastService.points(baseline.scaled(factor, moved, baseline.parameters()), ahead,
				decimals, count));
	}

}
