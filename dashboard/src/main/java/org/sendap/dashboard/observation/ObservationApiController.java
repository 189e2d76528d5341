package org.sendap.dashboard.observation;

import java.util.List;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/v1/observations?indicator=COLUMN&area=CODE[&dataset=NAME]}: every imported value
 * of a source column for an area, whatever file it came from.
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
			@RequestParam(required = false) String dataset) {
		Area found = this.areas.find(area)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + area));
		return this.observations.find(indicator, found.id(), dataset);
	}

}
