package org.sendap.dashboard.forecast;

import java.math.BigDecimal;

import jakarta.servlet.http.HttpServletResponse;
import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The forecast page of a KPI for an area: history, forecast and intervals, the method and its accuracy,
 * the assumptions, and the scenario controls (applied by the URL; saved with a name).
 */
@Controller
class ForecastPageController {

	static final String VIEW = "forecast/forecast";

	private final ForecastPages pages;

	private final ScenarioRepository scenarios;

	private final WarehouseVersion version;

	ForecastPageController(ForecastPages pages, ScenarioRepository scenarios, WarehouseVersion version) {
		this.pages = pages;
		this.scenarios = scenarios;
		this.version = version;
	}

	@GetMapping("/kpis/{code}/forecast")
	String forecast(@PathVariable String code, @RequestParam String area, @RequestParam(required = false) Integer horizon,
			@RequestParam(required = false) BigDecimal growth, @RequestParam(required = false) BigDecimal shift,
			@RequestParam(required = false) Long scenario, Model model, HttpServletResponse response) {
		Kpi kpi = this.pages.kpi(code);
		Area selected = this.pages.area(area);
		model.addAttribute("navSection", "kpi");
		model.addAttribute("kpi", kpi);
		model.addAttribute("area", selected);
		if ("la".equals(selected.level())) {
			model.addAttribute("navArea", selected.code());
		}
		try {
			model.addAttribute("page", this.pages.page(kpi, selected, horizon, growth, shift, scenario));
		}
		catch (KpiAreaException | IllegalArgumentException ex) {
			model.addAttribute("problem", ex.getMessage());
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return VIEW;
	}

	/** Saves the scenario under its name and shows the forecast with it. */
	@PostMapping("/kpis/{code}/forecast/scenarios")
	String save(@PathVariable String code, @RequestParam String area, @RequestParam String name,
			@RequestParam(required = false) BigDecimal growth, @RequestParam(required = false) BigDecimal shift,
			@RequestParam(required = false) Integer horizon) {
		Kpi kpi = this.pages.kpi(code);
		Area selected = this.pages.area(area);
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 200) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A scenario needs a name of 1 to 200 characters");
		}
		Scenario saved = this.scenarios.save(kpi.code(), selected.id(), new Scenario(null, trimmed,
				ScenarioRequest.check(growth, "growth", ScenarioRequest.MOST_GROWTH.negate(), ScenarioRequest.MOST_GROWTH),
				ScenarioRequest.check(shift, "shift", BigDecimal.ZERO, BigDecimal.valueOf(100)), null));
		// The pages kept from before list the scenarios without this one
		this.version.forget();
		UriComponentsBuilder target = UriComponentsBuilder.fromPath("/kpis/{code}/forecast")
			.queryParam("area", selected.code())
			.queryParam("scenario", saved.id());
		if (horizon != null) {
			target.queryParam("horizon", horizon);
		}
		return "redirect:" + target.buildAndExpand(kpi.code()).encode().toUriString();
	}

}
