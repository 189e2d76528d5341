package org.sendap.dashboard.kpi;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.system.VersionedCache;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Service;

/**
 * A KPI's breakdowns for an area and period, where its source has them (age, primary need, setting).
 */
@Service
public class KpiBreakdownService {

	private final KpiSeriesService series;

	private final KpiBreakdownRepository repository;

	private final VersionedCache<List<Object>, List<KpiBreakdown>> cache;

	KpiBreakdownService(KpiSeriesService series, KpiBreakdownRepository repository, WarehouseVersion version) {
		this.series = series;
		this.repository = repository;
		this.cache = new VersionedCache<>(version, 2_000);
	}

	/** @param requestedPeriod as for a benchmark; null for the latest the area has */
	public List<KpiBreakdown> breakdowns(Kpi kpi, Area requested, String requestedPeriod) {
		return this.cache.get(Arrays.asList(kpi, requested.id(), requestedPeriod),
				key -> compute(kpi, requested, requestedPeriod));
	}

	private List<KpiBreakdown> compute(Kpi kpi, Area requested, String requestedPeriod) {
		KpiTable table = this.series.table(kpi);
		if (table.isEmpty()) {
			return List.of();
		}
		KpiScope scope = this.series.scope(kpi, requested);
		if (scope.summed()) {
			return List.of();
		}
		List<KpiPoint> points = KpiCalculator.points(kpi, table.series(scope.answered().id()), false);
		KpiPeriod period = KpiBenchmarkService.period(table, points, requestedPeriod);
		List<KpiBreakdownRepository.BreakdownFact> facts = this.repository.facts(kpi.code(), scope.answered().id());
		Set<Long> breakdownIds = new HashSet<>();
		facts.forEach(fact -> breakdownIds.add(fact.breakdownId()));
		return KpiBreakdowns.of(kpi, period, facts, this.repository.filters(breakdownIds),
				this.repository.breakdownsRead(kpi.code(), kpi.ratio() ? "numerator" : "value"));
	}

}
