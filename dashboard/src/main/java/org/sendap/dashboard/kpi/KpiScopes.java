package org.sendap.dashboard.kpi;

import java.util.List;
import java.util.Set;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.springframework.stereotype.Component;

/**
 * Finds the area a KPI answers for: LA measures for LAs, regions and England; NHS measures for NHS
 * areas, and for an LA through its ICB footprint (the ICB that serves most of it).
 */
@Component
class KpiScopes {

	private static final Set<String> LA_LEVELS = Set.of("la", "region", "national");

	private static final Set<String> NHS_LEVELS = Set.of("national", "nhs_region", "icb", "sub_icb", "provider");

	private final AreaRepository areas;

	KpiScopes(AreaRepository areas) {
		this.areas = areas;
	}

	KpiScope scope(Kpi kpi, Area requested, KpiTable table) {
		if (!kpi.nhsMeasure()) {
			if (!LA_LEVELS.contains(requested.level())) {
				throw new KpiAreaException(kpi.code() + " is published for local authorities; " + requested.name()
						+ " is " + AreaLevels.describe(requested.level()) + ": ask for an LA, a region or England");
			}
			return new KpiScope(requested, requested, List.of(), null);
		}
		if ("la".equals(requested.level())) {
			Area icb = this.areas.mainIcb(requested)
				.orElseThrow(() -> new KpiAreaException(requested.name() + " has no ICB in the LA to ICB lookup"));
			KpiScope scope = forIcb(kpi, requested, icb, table);
			String shown = scope.summed() ? icb.name() + " (the sum of its " + scope.summedFrom().size() + " sub-ICB locations)"
					: scope.answered().name() + (scope.answered().odsCode() == null ? "" : " (" + scope.answered().odsCode() + ")");
			return new KpiScope(requested, scope.answered(), scope.summedFrom(),
					"An NHS measure, shown for " + requested.name() + " through its ICB footprint: " + shown);
		}
		if (!NHS_LEVELS.contains(requested.level())) {
			throw new KpiAreaException(kpi.code() + " is an NHS measure; " + requested.name() + " is "
					+ AreaLevels.describe(requested.level()) + ": ask for an LA, an ICB, a sub-ICB location, an NHS region or England");
		}
		if ("icb".equals(requested.level())) {
			return forIcb(kpi, requested, requested, table);
		}
		return new KpiScope(requested, requested, List.of(), null);
	}

	/** A sub-ICB measure for an ICB is its one sub-ICB location's, or the sum of its locations'. */
	private KpiScope forIcb(Kpi kpi, Area requested, Area icb, KpiTable table) {
		if (!"sub_icb".equals(kpi.geography()) || !table.series(icb.id()).isEmpty()) {
			return new KpiScope(requested, icb, List.of(), null);
		}
		List<Area> locations = this.areas.children(icb)
			.stream()
			.filter(location -> !table.series(location.id()).isEmpty())
			.toList();
		if (locations.size() == 1) {
			return new KpiScope(requested, locations.get(0), List.of(), null);
		}
		return new KpiScope(requested, icb, locations, null);
	}

}
