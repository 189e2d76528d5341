package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiNarrative;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forecast page of a KPI and area, and what its reports hold: the forecast, its chart, its method
 * and accuracy in words, the assumptions and the scenario controls.
 *
 * @param saved the scenarios saved for the KPI and area
 */
public record ForecastPage(Kpi kpi, Area area, KpiForecast forecast, Integer horizon, List<Scenario> saved) {

	public String chartOption() {
		return ForecastChart.optionJson(this.forecast);
	}

	/**
	 * One sentence: "The last trend forecasts 3,536 EHC plans maintained in 2025/26 (80% prediction
	 * interval 3,217 to 3,855), 5,616 by 2029/30 (3,174 to 8,058 at 95%)."
	 */
	public String summary() {
		if (!this.forecast.available()) {
			return this.forecast.notAvailable();
		}
		List<KpiForecast.Point> points = this.forecast.points();
		KpiForecast.Point first = points.get(0);
		KpiForecast.Point last = points.get(points.size() - 1);
		StringBuilder text = new StringBuilder(methodName()).append(" forecasts ")
			.append(format(first.value()))
			.append(" in ")
			.append(first.label())
			.append(" for ")
			.append(this.forecast.area().name())
			.append(" (80% prediction interval ")
			.append(format(first.lower80()))
			.append(" to ")
			.append(format(first.upper80()))
			.append(")");
		if (points.size() > 1) {
			text.append(", ").append(format(last.value())).append(" by ").append(last.label()).append(" (")
				.append(format(last.lower95())).append(" to ").append(format(last.upper95())).append(" at 95%)");
		}
		if (this.forecast.scenario() != null && this.forecast.baseline() != null) {
			KpiForecast.Point baseline = this.forecast.baseline().get(points.size() - 1);
			text.append(", against ").append(format(baseline.value())).append(" in the baseline");
		}
		return text.append('.').toString();
	}

	public String methodName() {
		return switch (this.forecast.method()) {
			case DampedTrend.NAME -> "The damped trend";
			case PopulationDriven.NAME -> "The population-driven model";
			case LastTrend.NAME -> "The last trend";
			default -> "The last value";
		};
	}

	public String format(BigDecimal value) {
		return value == null ? "–" : KpiNarrative.format(value, this.kpi);
	}

	public static String percent(Double value) {
		return value == null ? "–" : String.format(java.util.Locale.UK, "%.1f%%", value);
	}

	public static String ratio(Double value) {
		return value == null ? "–" : String.format(java.util.Locale.UK, "%.2f", value);
	}

	public boolean shiftApplies() {
		return ForecastService.shiftApplies(this.kpi);
	}

	/** The horizons offered: years, or months for a monthly KPI. */
	public List<Integer> horizons() {
		boolean monthly = "month".equals(this.forecast.granularity());
		return monthly ? List.of(3, 6, 12, 18, 24) : List.of(1, 2, 3, 4, 5);
	}

	public boolean monthly() {
		return "month".equals(this.forecast.granularity());
	}

	/** A report's link, with the page's horizon and scenario. */
	public String report(String format) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/kpis/{code}/forecast/report.{format}")
			.queryParam("area", this.area.code());
		parameters().forEach(link::queryParam);
		return link.buildAndExpand(this.kpi.code(), format).encode().toUriString();
	}

	public String fileName() {
		return ("forecast_" + this.kpi.code() + "_" + this.area.code()).replaceAll("[^A-Za-z0-9_.-]", "-");
	}

	private Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		if (this.horizon != null) {
			parameters.put("horizon", this.horizon);
		}
		Scenario scenario = this.forecast.scenario();
		if (scenario != null && scenario.id() != null) {
			parameters.put("scenario", scenario.id());
		}
		else if (scenario != null) {
			if (scenario.growthPercent() != null) {
				parameters.put("growth", scenario.growthPercent().toPlainString());
			}
			if (scenario.shiftPercent() != null) {
				parameters.put("shift", scenario.shiftPercent().toPlainString());
			}
		}
		return parameters;
	}

}
