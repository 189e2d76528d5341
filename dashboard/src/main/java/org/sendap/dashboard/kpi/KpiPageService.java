package org.sendap.dashboard.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.system.VersionedCache;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Service;

/**
 * Builds the KPI page of an area from the reader's choices: the page and its downloads are made from
 * this one model, so that a download holds exactly the figures of the chart beside it.
 */
@Service
public class KpiPageService {

	private final KpiSeriesService series;

	private final KpiBenchmarkService benchmarks;

	private final KpiBreakdownService breakdowns;

	private final LineageRepository lineage;

	private final VersionedCache<List<Object>, KpiPage> cache;

	KpiPageService(KpiSeriesService series, KpiBenchmarkService benchmarks, KpiBreakdownService breakdowns,
			LineageRepository lineage, WarehouseVersion version) {
		this.series = series;
		this.benchmarks = benchmarks;
		this.breakdowns = breakdowns;
		this.lineage = lineage;
		this.cache = new VersionedCache<>(version, 2_000);
	}

	/** @throws KpiAreaException if the KPI is not published for this kind of area */
	public KpiPage page(Kpi kpi, Area area, KpiPageOptions requested) {
		return this.cache.get(List.of(kpi, area.id(), requested), key -> compute(kpi, area, requested));
	}

	private KpiPage compute(Kpi kpi, Area area, KpiPageOptions requested) {
		KpiTable table = this.series.table(kpi);
		KpiSeries all = this.series.series(kpi, area);
		Set<String> selectedPeriods = new LinkedHashSet<>();
		all.series().get(0).points().forEach(point -> selectedPeriods.add(point.period()));
		List<KpiPeriod> periods = table.periods().stream().filter(period -> selectedPeriods.contains(period.code())).toList();
		KpiPageOptions options = valid(requested, periods);
		Optional<KpiPeriod> from = find(periods, options.from());
		Optional<KpiPeriod> to = find(periods, options.to());

		List<KpiSeries.Series> shown = new ArrayList<>();
		for (KpiSeries.Series line : all.series()) {
			if (KpiSeries.SELECTED.equals(line.role()) || options.shows(line.role())) {
				shown.add(inRange(line, table, from, to));
			}
		}
		if (options.eachNeighbour()) {
			this.series.neighbourMembers(kpi, area).forEach(line -> shown.add(inRange(line, table, from, to)));
		}
		KpiPageModel trend = KpiPageModel.of(kpi, new KpiSeries(all.kpi(), shown, all.footprint(), all.noData(), all.gaps()));
		KpiBenchmark benchmark = this.benchmarks.benchmark(kpi, area, options.to());
		RankingChart ranking = new RankingChart(kpi, this.benchmarks.ranking(kpi, area, options.to()));
		KpiSeries.AreaSummary answered = all.series().get(0).area();
		List<KpiBreakdown> found = this.breakdowns.breakdowns(kpi, area, options.to());
		List<BreakdownChart> breakdownCharts = new ArrayList<>();
		for (int i = 0; i < found.size(); i++) {
			breakdownCharts.add(new BreakdownChart(kpi, answered.code(), answered.name(), found.get(i), i + 1));
		}
		List<Long> importIds = new ArrayList<>();
		shown.get(0).points().forEach(point -> importIds.addAll(point.importIds()));
		List<ImportLineage> lineage = this.lineage.of(importIds)
			.values()
			.stream()
			.sorted(Comparator.comparing(ImportLineage::importId).reversed())
			.toList();
		return new KpiPage(kpi, area, options, trend, benchmark, BenchmarkPanel.of(kpi, benchmark), ranking,
				breakdownCharts, periods, lineage);
	}

	/** Period codes the KPI does not have for the area are left out, as if not chosen. */
	private static KpiPageOptions valid(KpiPageOptions options, List<KpiPeriod> periods) {
		String from = find(periods, options.from()).map(KpiPeriod::code).orElse(null);
		String to = find(periods, options.to()).map(KpiPeriod::code).orElse(null);
		if (from != null && to != null && find(periods, from).get().start().isAfter(find(periods, to).get().start())) {
			String earlier = to;
			to = from;
			from = earlier;
		}
		return new KpiPageOptions(options.comparators(), options.eachNeighbour(), from, to);
	}

	private static Optional<KpiPeriod> find(List<KpiPeriod> periods, String code) {
		return code == null ? Optional.empty() : periods.stream().filter(period -> period.matches(code)).findFirst();
	}

	private static KpiSeries.Series inRange(KpiSeries.Series line, KpiTable table, Optional<KpiPeriod> from,
			Optional<KpiPeriod> to) {
		if (from.isEmpty() && to.isEmpty()) {
			return line;
		}
		LocalDate first = from.map(KpiPeriod::start).orElse(LocalDate.MIN);
		LocalDate last = to.map(KpiPeriod::start).orElse(LocalDate.MAX);
		List<KpiPoint> points = line.points().stream().filter(point -> {
			LocalDate start = table.periods()
				.stream()
				.filter(period -> period.code().equals(point.period()))
				.findFirst()
				.map(KpiPeriod::start)
				.orElse(null);
			return start != null && !start.isBefore(first) && !start.isAfter(last);
		}).toList();
		return new KpiSeries.Series(line.area(), line.role(), points, line.members());
	}

}
