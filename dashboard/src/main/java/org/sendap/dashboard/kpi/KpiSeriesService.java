package org.sendap.dashboard.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.area.ComparatorGroup;
import org.springframework.stereotype.Service;

/**
 * Builds a KPI's series for an area and its comparators: England, its region (the published
 * regional figures) and its statistical neighbours (summed numerators over summed denominators).
 */
@Service
public class KpiSeriesService {

	private final KpiRepository kpis;

	private final KpiSeriesRepository figures;

	private final AreaRepository areas;

	KpiSeriesService(KpiRepository kpis, KpiSeriesRepository figures, AreaRepository areas) {
		this.kpis = kpis;
		this.figures = figures;
		this.areas = areas;
	}

	public List<Kpi> catalogue() {
		return this.kpis.all();
	}

	public Optional<Kpi> kpi(String code) {
		return this.kpis.find(code);
	}

	public Optional<Area> area(String code) {
		return this.areas.find(code);
	}

	public KpiSeries series(Kpi kpi, Area selected) {
		Map<String, Area> roles = new LinkedHashMap<>();
		roles.put(KpiSeries.SELECTED, selected);
		this.areas.find(AreaRepository.ENGLAND)
			.filter(england -> england.id() != selected.id())
			.ifPresent(england -> roles.put(KpiSeries.ENGLAND, england));
		if ("la".equals(selected.level())) {
			this.areas.byId(selected.parentId()).ifPresent(region -> roles.put(KpiSeries.REGION, region));
		}
		List<Long> ids = roles.values().stream().map(Area::id).toList();
		List<PeriodFigures> all = this.figures.byArea(kpi.code(), ids);
		List<KpiSeries.Series> series = new ArrayList<>();
		roles.forEach((role, area) -> series.add(new KpiSeries.Series(summary(area), role,
				KpiCalculator.points(kpi, all.stream().filter(f -> f.areaId() == area.id()).toList(), false), null)));
		if ("la".equals(selected.level())) {
			this.areas.statisticalNeighbours(selected).ifPresent(group -> series.add(neighbours(kpi, group)));
		}
		return new KpiSeries(new KpiSeries.KpiSummary(kpi.code(), kpi.name(), kpi.unit(), kpi.polarity(),
				kpi.decimals(), kpi.definition(), kpi.source()), series);
	}

	private KpiSeries.Series neighbours(Kpi kpi, ComparatorGroup group) {
		List<Long> members = group.members().stream().map(Area::id).toList();
		List<KpiPoint> points = members.isEmpty() ? List.of()
				: KpiCalculator.points(kpi, this.figures.summed(kpi.code(), members), true);
		return new KpiSeries.Series(new KpiSeries.AreaSummary(group.code(), group.name(), "group"),
				KpiSeries.NEIGHBOURS, points, group.members().stream().map(KpiSeriesService::summary).toList());
	}

	private static KpiSeries.AreaSummary summary(Area area) {
		return new KpiSeries.AreaSummary(area.code(), area.name(), area.level());
	}

}
