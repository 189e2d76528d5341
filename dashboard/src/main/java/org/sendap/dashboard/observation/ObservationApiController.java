package org.sendap.dashboard.observation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/observations?indicator=COLUMN&area=CODE[&dataset=NAME][&filter=NAME:VALUE...]}:
 * every imported value of a source column for an area (by ONS code, LA number or ODS code), whatever
 * file it came from, optionally only for breakdowns with the given filter values.
 */
@RestController
class ObservationApiController {

	private final ObservationRepository observations;

	private final AreaRepository areas;

	ObservationApiController(ObservationRepository observations, AreaRepository areas) {
		this.observations = observations;
		this.areas = areas;
	}

	@GetMapping("/api/v1/observations")
	List<Observation> observations(@RequestParam String indicator, @RequestParam String area,
			@RequestParam(required = false) String dataset, @RequestParam(required = false) List<String> filter) {
		Area found = this.areas.find(area)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + area));
		return this.observations.find(indicator, found.id(), dataset, filters(filter));
	}

	/** {@code filter=service:(CYP) Audiology} pairs: a breakdown's filter name, a colon, its value. */
	private static Map<String, String> filters(List<String> filters) {
		Map<String, String> parsed = new LinkedHashMap<>();
		if (filters == null) {
			return parsed;
		}
		for (String filter : filters) {
			int colon = filter.indexOf(':');
			if (colon <= 0) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
						"filter '" + filter + "' should be NAME:VALUE, e.g. filter=service:(CYP) Audiology");
			}
			parsed.put(filter.substring(0, colon).trim(), filter.substring(colon + 1).trim());
		}
		return parsed;
	}

}
