package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.sendap.dashboard.kpi.ImportLineage;
import org.sendap.dashboard.kpi.KpiSeries;

/**
 * A KPI's forecast for an area: the JSON of {@code GET /api/v1/kpis/{code}/forecast}, and the model of
 * the forecast page and its reports.
 *
 * @param method the chosen model (damped-trend, population, last-value, last-trend), chosen by
 * rolling-origin backtesting
 * @param accuracy the chosen model's one-period-ahead accuracy on the held-back periods
 * @param points the forecast, with its 80% and 95% prediction intervals (with a scenario: the scenario's)
 * @param baseline with a scenario, the forecast without it; otherwise null
 * @param methods every model tried, with its accuracy and forecast: the baselines are always shown
 * @param history the observed figures the models were fitted to
 * @param assumptions what the forecast assumes, in plain English
 * @param sources the imports of the history's figures
 * @param notAvailable why there is no forecast (too short a history, a KPI that is not forecast)
 */
public record KpiForecast(KpiSeries.KpiSummary kpi, KpiSeries.AreaSummary area,
		@JsonInclude(JsonInclude.Include.NON_NULL) String footprint, String method, String methodDescription,
		String parameters, Accuracy accuracy, List<Point> points,
		@JsonInclude(JsonInclude.Include.NON_NULL) List<Point> baseline,
		@JsonInclude(JsonInclude.Include.NON_NULL) Scenario scenario, List<MethodResult> methods,
		List<Observed> history, List<String> assumptions, List<ImportLineage> sources, LocalDate made,
		String granularity, @JsonInclude(JsonInclude.Include.NON_NULL) String notAvailable) {

	/** One period ahead: the expected value and its prediction intervals, rounded as the KPI is. */
	public record Point(String period, String label, BigDecimal value, BigDecimal lower80, BigDecimal upper80,
			BigDecimal lower95, BigDecimal upper95) {
	}

	/** One observed period of the history. */
	public record Observed(String period, String label, BigDecimal value, Long importId) {
	}

	/** One model tried: its backtest accuracy (null when it could not be tested) and its forecast. */
	public record MethodResult(String method, String description, String parameters, Accuracy accuracy, boolean chosen,
			List<Point> points) {
	}

	public boolean available() {
		return this.notAvailable == null;
	}

}
