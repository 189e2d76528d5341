package org.sendap.dashboard.forecast;

import java.math.BigDecimal;

import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/kpis/{code}/forecast?area=&horizon=}: a KPI's forecast for an area, with its
 * method, its backtest accuracy and its prediction intervals; {@code growth}, {@code shift} or a saved
 * {@code scenario} apply a scenario against the baseline.
 */
@RestController
class ForecastApiController {

	private final ForecastPages pages;

	ForecastApiController(ForecastPages pages) {
		this.pages = pages;
	}

	@GetMapping("/api/v1/kpis/{code}/forecast")
	KpiForecast forecast(@PathVariable String code, @RequestParam String area,
			@RequestParam(required = false) Integer horizon, @RequestParam(required = false) BigDecimal growth,
			@RequestParam(required = false) BigDecimal shift, @RequestParam(required = false) Long scenario) {
		Kpi kpi = this.pages.kpi(code);
		return this.pages.page(kpi, this.pages.area(area), horizon, growth, shift, scenario).forecast();
	}

	@ExceptionHandler({ KpiAreaException.class, IllegalArgumentException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

}
