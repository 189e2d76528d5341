package org.sendap.dashboard.forecast;

import java.math.BigDecimal;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.springframework.stereotype.Component;

/**
 * What the forecast's page, API and reports share: the KPI, the area and the scenario a request names,
 * and the forecast made from them.
 */
@Component
class ForecastPages {

	private final KpiSeriesService kpis;

	private final ForecastService forecasts;

	private final ScenarioRepository scenarios;

	ForecastPages(KpiSeriesService kpis, ForecastService forecasts, ScenarioRepository scenarios) {
		this.kpis = kpis;
		this.forecasts = forecasts;
		this.scenarios = scenarios;
	}

	Kpi kpi(String code) {
		return this.kpis.requiredKpi(code);
	}

	Area area(String code) {
		return this.kpis.requiredArea(code);
	}

	/**
	 * @throws org.sendap.dashboard.kpi.KpiAreaException if the KPI is not published for the area's kind
	 * @throws IllegalArgumentException for a horizon, growth or shift out of range
	 */
	ForecastPage page(Kpi kpi, Area area, Integer horizon, BigDecimal growth, BigDecimal shift, Long scenarioId) {
		Scenario scenario = ScenarioRequest.resolve(this.scenarios, kpi, area, scenarioId, growth, shift);
		return new ForecastPage(kpi, area, this.forecasts.forecast(kpi, area, horizon, scenario), horizon,
				this.scenarios.saved(kpi.code(), area.id()));
	}

}
