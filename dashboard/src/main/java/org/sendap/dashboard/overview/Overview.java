package org.sendap.dashboard.overview;

import java.time.LocalDate;
import java.util.List;

import org.sendap.dashboard.area.Area;

/**
 * The overview page of an LA: every KPI by strategy priority, the KPIs furthest behind England, and
 * which sources are out of date.
 *
 * @param furthestBehind the KPIs furthest behind England relative to England's value, worst first (at
 * most three)
 * @param withoutData KPIs with no figures for the area, and the file each needs
 */
public record Overview(Area area, List<PriorityGroup> priorities, List<KpiTile> furthestBehind,
		List<SourceCurrency> currency, List<KpiTile> withoutData, LocalDate today) {

	public record PriorityGroup(int priority, String name, List<KpiTile> tiles) {
	}

	public long outOfDateSources() {
		return this.currency.stream().filter(SourceCurrency::outOfDate).count();
	}

}
