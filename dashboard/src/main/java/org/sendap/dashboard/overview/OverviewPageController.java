package org.sendap.dashboard.overview;

import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.system.DashboardProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview: every KPI of an LA at a glance, by strategy priority.
 */
@Controller
class OverviewPageController {

	static final String VIEW = "overview/overview";

	private final OverviewService overviews;

	private final AreaRepository areas;

	private final DashboardProperties properties;

	OverviewPageController(OverviewService overviews, AreaRepository areas, DashboardProperties properties) {
		this.overviews = overviews;
		this.areas = areas;
		this.properties = properties;
	}

	@GetMapping("/")
	String overview(@RequestParam(required = false) String area, Model model, HttpServletResponse response) {
		String requested = area == null || area.isBlank() ? this.properties.localAuthority() : area;
		model.addAttribute("navSection", "overview");
		model.addAttribute("localAuthorities", this.areas.localAuthorities());
		model.addAttribute("requestedArea", requested);
		Optional<Area> selected = this.areas.find(requested).filter(found -> "la".equals(found.level()));
		if (selected.isEmpty()) {
			model.addAttribute("unknownArea", requested);
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return VIEW;
		}
		model.addAttribute("navArea", selected.get().code());
		model.addAttribute("area", selected.get());
		model.addAttribute("overview", this.overviews.overview(selected.get()));
		return VIEW;
	}

}
