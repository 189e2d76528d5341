package org.sendap.dashboard.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
import org.sendap.dashboard.kpi.KpiBenchmark;
import org.sendap.dashboard.kpi.KpiBenchmarkService;
import org.sendap.dashboard.kpi.KpiSeries;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.sendap.dashboard.system.VersionedCache;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Service;

/**
 * Builds an LA's overview from each KPI's latest benchmark and series.
 */
@Service
public class OverviewService {

	/** How many KPIs the "furthest behind England" panel names. */
	static final int FURTHEST_BEHIND = 3;

	private final KpiSeriesService series;

	private final KpiBenchmarkService benchmarks;

	private final Clock clock;

	private final VersionedCache<Long, Overview> cache;

	OverviewService(KpiSeriesService series, KpiBenchmarkService benchmarks, Clock clock, WarehouseVersion version) {
		this.series = series;
		this.benchmarks = benchmarks;
		this.clock = clock;
		this.cache = new VersionedCache<>(version, 500);
	}

	public Overview overview(Area area) {
		return this.cache.get(area.id(), key -> compute(area));
	}

	private Overview compute(Area area) {
		Map<Integer, String> priorityNames = this.series.priorities();
		Map<Integer, List<KpiTile>> byPriority = new LinkedHashMap<>();
		priorityNames.keySet().forEach(priority -> byPriority.put(priority, new ArrayList<>()));
		List<KpiTile> tiles = new ArrayList<>();
		for (Kpi kpi : this.series.catalogue()) {
			KpiTile tile;
			try {
				tile = tile(kpi, area);
			}
			catch (KpiAreaException ex) {
				continue; // an NHS measure for an LA the LA-to-ICB lookup does not cover
			}
			tiles.add(tile);
			byPriority.computeIfAbsent(kpi.priority(), key -> new ArrayList<>()).add(tile);
		}
		List<Overview.PriorityGroup> groups = new ArrayList<>();
		byPriority.forEach((priority, ofPriority) -> groups.add(new Overview.PriorityGroup(priority,
				priorityNames.getOrDefault(priority, "Priority " + priority), ofPriority)));
		List<KpiTile> furthestBehind = tiles.stream()
			.filter(tile -> tile.gap() != null && tile.gap().behind())
			.sorted(Comparator.comparing(tile -> tile.gap().relative()))
			.limit(FURTHEST_BEHIND)
			.toList();
		LocalDate today = LocalDate.now(this.clock);
		List<KpiTile> withoutData = tiles.stream().filter(tile -> tile.benchmark().noData() != null).toList();
		return new Overview(area, groups, furthestBehind, SourceCurrency.of(tiles, today), withoutData, today);
	}

	private KpiTile tile(Kpi kpi, Area area) {
		KpiBenchmark benchmark = this.benchmarks.benchmark(kpi, area, null);
		KpiSeries kpiSeries = this.series.series(kpi, area);
		Sparkline sparkline = Sparkline.of(kpi, kpiSeries.series().get(0).points());
		return new KpiTile(kpi, benchmark, sparkline, EnglandGap.of(kpi, benchmark.value(), benchmark.england()));
	}

}
