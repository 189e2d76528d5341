package org.sendap.dashboard.kpi;

import java.util.List;

import org.sendap.dashboard.area.Area;

/**
 * Which area a KPI answers for when an area is asked for: the area itself for an LA measure; for an
 * NHS measure asked for an LA, the LA's ICB (or its one sub-ICB location), said in {@code footprint}.
 *
 * @param summedFrom when the answer is an ICB whose figures are the sum of its sub-ICB locations, those
 * locations; otherwise empty
 * @param footprint how an LA's NHS figures were found, for the reader; null when the area answers itself
 */
public record KpiScope(Area requested, Area answered, List<Area> summedFrom, String footprint) {

	boolean summed() {
		return !this.summedFrom.isEmpty();
	}

}
