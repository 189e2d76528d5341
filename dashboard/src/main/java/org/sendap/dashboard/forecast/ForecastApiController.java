package org.sendap.dashboard.forecast;

import java.math.BigDecimal;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/kpis/{code}/forecast?area=&horizon=}: a KPI's forecast for an area, with its
 * method, its backtest accuracy and its prediction intervals; {@code growth}, {@code shift} or a saved
 * {@code scenario} apply a scenario against the baseline.
 */
@RestController
class ForecastApiController {

	private final KpiSeriesService kpis;

	private final ForecastService forecasts;

	private final ScenarioRepository scenarios;

	ForecastApiController(KpiSeriesService kpis, ForecastService forecasts, ScenarioRepository scenarios) {
		this.kpis = kpis;
		this.forecasts = forecasts;
		this.scenarios = scenarios;
	}

	@GetMapping("/api/v1/kpis/{code}/forecast")
	KpiForecast forecast(@PathVariable String code, @RequestParam String area,
			@RequestParam(required = false) Integer horizon, @RequestParam(required = false) BigDecimal growth,
			@RequestParam(required = false) BigDecimal shift, @RequestParam(required = false) Long scenario) {
		Kpi kpi = this.kpis.kpi(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No KPI with code " + code));
		Area selected = this.kpis.area(area)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + area));
		return this.forecasts.forecast(kpi, selected, horizon, ScenarioRequest.resolve(this.scenarios, kpi, selected,
				scenario, growth, shift));
	}

	@ExceptionHandler({ KpiAreaException.class, IllegalArgumentException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
