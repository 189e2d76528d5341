package org.sendap.dashboard.kpi;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.system.DashboardProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The KPI page: a KPI's chart for the chosen LA against England, its region and its statistical
 * neighbours, with the same figures as a table and a text summary.
 */
@Controller
class KpiPageController {

	static final String VIEW = "kpi/kpi";

	private final KpiSeriesService service;

	private final KpiBenchmarkService benchmarks;

	private final AreaRepository areas;

	private final DashboardProperties properties;

	KpiPageController(KpiSeriesService service, KpiBenchmarkService benchmarks, AreaRepository areas,
			DashboardProperties properties) {
		this.service = service;
		this.benchmarks = benchmarks;
		this.areas = areas;
		this.properties = properties;
	}

	@GetMapping("/")
	String home(@RequestParam(required = false) String area) {
		List<Kpi> catalogue = this.service.catalogue();
		if (catalogue.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "The KPI catalogue is not loaded yet");
		}
		return "redirect:/kpis/" + catalogue.get(0).code() + (area == null ? "" : "?area=" + area);
	}

	@GetMapping("/kpis/{code}")
	String kpi(@PathVariable String code, @RequestParam(required = false) String area, Model model,
			HttpServletResponse response) {
		Kpi kpi = this.service.kpi(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No KPI with code " + code));
		String requested = area == null || area.isBlank() ? this.properties.localAuthority() : area;
		Optional<Area> selected = this.service.area(requested);
		model.addAttribute("kpis", this.service.catalogue());
		model.addAttribute("priorities", this.service.priorities());
		model.addAttribute("localAuthorities", this.areas.localAuthorities());
		model.addAttribute("requestedArea", requested);
		model.addAttribute("kpi", kpi);
		if (selected.isEmpty()) {
			model.addAttribute("unknownArea", requested);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return VIEW;
		}
		model.addAttribute("area", selected.get());
		try {
			KpiSeries series = this.service.series(kpi, selected.get());
			model.addAttribute("page", KpiPageModel.of(kpi, series));
			model.addAttribute("benchmark", BenchmarkPanel.of(kpi, this.benchmarks.benchmark(kpi, selected.get(), null)));
		}
		catch (KpiAreaException ex) {
			model.addAttribute("areaProblem", ex.getMessage());
		}
		return VIEW;
	}

}
