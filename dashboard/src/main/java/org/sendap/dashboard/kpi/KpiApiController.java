package org.sendap.dashboard.kpi;

import java.util.List;

import org.sendap.dashboard.area.Area;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/kpis}: the KPI catalogue, each KPI's series for an area and its comparators, and its
 * benchmark for an area and period.
 */
@RestController
class KpiApiController {

	private final KpiSeriesService service;

	private final KpiBenchmarkService benchmarks;

	private final KpiTargetRepository targets;

	KpiApiController(KpiSeriesService service, KpiBenchmarkService benchmarks, KpiTargetRepository targets) {
		this.service = service;
		this.benchmarks = benchmarks;
		this.targets = targets;
	}

	record KpiEntry(String code, String name, String unit, String polarity, int priority, String priorityName,
			String computation, String geography, String definition, String source, String publisher,
			String dataNeeded) {
	}

	@GetMapping("/api/v1/kpis")
	List<KpiEntry> kpis() {
		return this.service.catalogue()
			.stream()
			.map(kpi -> new KpiEntry(kpi.code(), kpi.name(), kpi.unit(), kpi.polarity(), kpi.priority(),
					kpi.priorityName(), kpi.computation(), kpi.geography(), kpi.definition(), kpi.source(),
					kpi.publisher(), kpi.dataNeeded()))
			.toList();
	}

	@GetMapping("/api/v1/kpis/{code}/series")
	KpiSeries series(@PathVariable String code, @RequestParam String area) {
		return this.service.series(kpi(code), area(area));
	}

	@GetMapping("/api/v1/kpis/{code}/benchmark")
	KpiBenchmark benchmark(@PathVariable String code, @RequestParam String area,
			@RequestParam(required = false) String period) {
		return this.benchmarks.benchmark(kpi(code), area(area), period);
	}

	/** Every target recorded for the KPI and area, the latest first: the history of the local targets. */
	@GetMapping("/api/v1/kpis/{code}/targets")
	List<KpiTarget> targets(@PathVariable String code, @RequestParam String area) {
		return this.targets.history(kpi(code).code(), area(area).id());
	}

	@ExceptionHandler({ KpiAreaException.class, UnknownPeriodException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	private Kpi kpi(String code) {
		return this.service.requiredKpi(code);
	}

	private Area area(String code) {
		return this.service.requiredArea(code);
	}

}
