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

/**
 * The KPI page: a KPI in depth for the chosen LA: its trend against England, the region and the
 * statistical neighbours, its ranking among all LAs, its breakdowns, each chart with its figures as a
 * table, a summary in words and downloads.
 */
@Controller
class KpiPageController {

	static final String VIEW = "kpi/kpi";

	private final KpiSeriesService service;

	private final KpiPageService pages;

	private final AreaRepository areas;

	private final DashboardProperties properties;

	KpiPageController(KpiSeriesService service, KpiPageService pages, AreaRepository areas,
			DashboardProperties properties) {
		this.service = service;
		this.pages = pages;
		this.areas = areas;
		this.properties = properties;
	}

	@GetMapping("/kpis/{code}")
	String kpi(@PathVariable String code, @RequestParam(required = false) String area,
			@RequestParam(required = false) List<String> compare, @RequestParam(required = false) String chosen,
			@RequestParam(required = false) String each, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, HttpServletResponse response) {
		Kpi kpi = this.service.requiredKpi(code);
		String requested = area == null || area.isBlank() ? this.properties.localAuthority() : area;
		Optional<Area> selected = this.service.area(requested);
		model.addAttribute("kpis", this.service.catalogue());
		model.addAttribute("priorities", this.service.priorities());
		model.addAttribute("localAuthorities", this.areas.localAuthorities());
		model.addAttribute("requestedArea", requested);
		model.addAttribute("kpi", kpi);
		model.addAttribute("navSection", "kpi");
		if (selected.isEmpty()) {
			model.addAttribute("unknownArea", requested);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return VIEW;
		}
		model.addAttribute("area", selected.get());
		if ("la".equals(selected.get().level())) {
			model.addAttribute("navArea", selected.get().code());
		}
		KpiPageOptions options = KpiPageOptions.of(compare, chosen != null, each != null && !each.isBlank(), from, to);
		try {
			model.addAttribute("page", this.pages.page(kpi, selected.get(), options));
		}
		catch (KpiAreaException ex) {
			model.addAttribute("areaProblem", ex.getMessage());
		}
		return VIEW;
	}

}
