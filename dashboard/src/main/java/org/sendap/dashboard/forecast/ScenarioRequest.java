package org.sendap.dashboard.forecast;

import java.math.BigDecimal;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The scenario a request asks for: a saved one by id, or the growth and shift in its parameters, or none.
 */
final class ScenarioRequest {

	/** Growth beyond this, either way, is no longer a planning assumption. */
	static final BigDecimal MOST_GROWTH = BigDecimal.valueOf(50);

	private ScenarioRequest() {
	}

	static Scenario resolve(ScenarioRepository scenarios, Kpi kpi, Area area, Long id, BigDecimal growth, BigDecimal shift) {
		if (id != null) {
			return scenarios.find(id, kpi.code(), area.id())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
						"No scenario " + id + " for " + kpi.code() + " and " + area.name()));
		}
		if (growth == null && shift == null) {
			return null;
		}
		return new Scenario(null, null, check(growth, "growth", MOST_GROWTH.negate(), MOST_GROWTH),
				check(shift, "shift", BigDecimal.ZERO, BigDecimal.valueOf(100)), null);
	}

	static BigDecimal check(BigDecimal value, String name, BigDecimal least, BigDecimal most) {
		if (value != null && (value.compareTo(least) < 0 || value.compareTo(most) > 0)) {
			throw new IllegalArgumentException(name + " must be from " + least.toPlainString() + " to "
					+ most.toPlainString() + " (percent); it was " + value.toPlainString());
		}
		return value;
	}

}
