package org.sendap.dashboard.kpi;

import java.util.List;

import org.sendap.dashboard.area.Area;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/v1/kpis}: the KPI catalogue and each KPI's series for an area and its comparators.
 */
@RestController
class KpiApiController {

	private final KpiSeriesService service;

	KpiApiController(KpiSeriesService service) {
		this.service = service;
	}

	record KpiEntry(String code, String name, String unit, String polarity, int priority) {
	}

	@GetMapping("/api/v1/kpis")
	List<KpiEntry> kpis() {
		return this.service.catalogue()
			.stream()
			.map(kpi -> new KpiEntry(kpi.code(), kpi.name(), kpi.unit(), kpi.polarity(), kpi.priority()))
			.toList();
	}

	@GetMapping("/api/v1/kpis/{code}/series")
	KpiSeries series(@PathVariable String code, @RequestParam String area) {
		Kpi kpi = this.service.kpi(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No KPI with code " + code));
		Area selected = this.service.area(area)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + area));
		return this.service.series(kpi, selected);
	}

}
