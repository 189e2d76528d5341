package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.area.ComparatorGroup;
import org.sendap.dashboard.system.VersionedCache;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Service;

/**
 * Benchmarks a KPI's value for an area and period: against England, the region and the statistical
 * neighbours, ranked and banded among all areas of the same kind with a value, with its direction of
 * travel and its RAG rating against the local target.
 */
@Service
public class KpiBenchmarkService {

	private final KpiSeriesService series;

	private final AreaRepository areas;

	private final KpiTargetRepository targets;

	private final LineageRepository lineage;

	private final VersionedCache<List<Object>, KpiBenchmark> benchmarks;

	private final VersionedCache<List<Object>, KpiRanking> rankings;

	KpiBenchmarkService(KpiSeriesService series, AreaRepository areas, KpiTargetRepository targets,
			LineageRepository lineage, WarehouseVersion version) {
		this.series = series;
		this.areas = areas;
		this.targets = targets;
		this.lineage = lineage;
		this.benchmarks = new VersionedCache<>(version, 5_000);
		this.rankings = new VersionedCache<>(version, 2_000);
	}

	/**
	 * @param requestedPeriod as the source names it (2024, 202324), its label (2023/24) or a month
	 * (2023-07); null for the latest period the area has figures for
	 * @throws KpiAreaException if the KPI is not published for this kind of area
	 * @throws UnknownPeriodException if the KPI has no such period
	 */
	public KpiBenchmark benchmark(Kpi kpi, Area requested, String requestedPeriod) {
		return this.benchmarks.get(Arrays.asList(kpi, requested.id(), requestedPeriod),
				key -> computeBenchmark(kpi, requested, requestedPeriod));
	}

	private KpiBenchmark computeBenchmark(Kpi kpi, Area requested, String requestedPeriod) {
		KpiTable table = this.series.table(kpi);
		KpiScope scope = this.series.scope(kpi, requested);
		Area area = scope.answered();
		KpiSeries.AreaSummary summary = KpiSeriesService.summary(area);
		if (table.isEmpty()) {
			return new KpiBenchmark(KpiSeries.KpiSummary.of(kpi), summary, KpiSeriesService.summary(requested),
					scope.footprint(), null, null, null, null, null, null, null, null, null, null, null, null, null,
					null, null, null, null, null, KpiSeriesService.noData(kpi), null, null, null, null, null);
		}
		List<KpiPoint> points = KpiCalculator.points(kpi, figuresOf(table, scope), scope.summed());
		KpiPeriod period = period(kpi, table, points, requestedPeriod);
		KpiPoint point = points.stream().filter(p -> p.period().equals(period.code())).findFirst()
			.orElse(new KpiPoint(period.code(), period.label(), null, null, null, null, null));
		Map<String, Area> comparators = this.series.comparators(area);
		Area region = comparators.get(KpiSeries.REGION);
		List<BigDecimal> peers = scope.summed() || point.value() == null ? List.of()
				: peerValues(kpi, table, period, area.level()).values().stream().toList();
		Optional<Ranking> ranking = peers.size() < Ranking.FEWEST_TO_RANK ? Optional.empty()
				: Optional.of(Ranking.of(point.value(), peers, kpi.polarity()));
		Optional<KpiTarget> target = this.targets.inForce(kpi.code(), requested.id(), period.end())
			.or(() -> this.targets.inForce(kpi.code(), area.id(), period.end()));
		return new KpiBenchmark(KpiSeries.KpiSummary.of(kpi), summary, KpiSeriesService.summary(requested),
				scope.footprint(), period.code(), period.label(), point.value(), point.status(), point.numerator(),
				point.denominator(), valueOf(kpi, table, comparators.get(KpiSeries.ENGLAND), period),
				valueOf(kpi, table, region, period), region == null ? null : KpiSeriesService.summary(region),
				"la".equals(area.level()) ? neighbours(kpi, table, area, period) : null,
				ranking.map(Ranking::rank).orElse(null), ranking.map(Ranking::of).orElse(null),
				AreaLevels.plural(area.level()), ranking.map(Ranking::quartile).orElse(null),
				ranking.filter(r -> !kpi.neutral() && r.q1() != null).map(r -> new KpiBenchmark.Quartiles(r.q1(), r.q2(), r.q3())).orElse(null),
				direction(kpi, points, point), target.map(t -> t.rag(kpi, point.value())).orElse(null),
				target.orElse(null), KpiSeriesService.noData(kpi, table, area, points), period.start(), period.end(),
				period.granularity(), lineageOf(point.importId()), lineageOf(point.denominatorImportId()));
	}

	private ImportLineage lineageOf(Long importId) {
		return importId == null ? null : this.lineage.of(List.of(importId)).get(importId);
	}

	/**
	 * Every area of the kind the KPI answers for the requested area (LAs, ICBs, sub-ICB locations)
	 * with a value in the period, best first.
	 */
	public KpiRanking ranking(Kpi kpi, Area requested, String requestedPeriod) {
		return this.rankings.get(Arrays.asList(kpi, requested.id(), requestedPeriod),
				key -> computeRanking(kpi, requested, requestedPeriod));
	}

	private KpiRanking computeRanking(Kpi kpi, Area requested, String requestedPeriod) {
		KpiTable table = this.series.table(kpi);
		KpiScope scope = this.series.scope(kpi, requested);
		Area area = scope.answered();
		if (table.isEmpty()) {
			return new KpiRanking(null, null, AreaLevels.plural(area.level()), area.code(), List.of(), null);
		}
		List<KpiPoint> points = KpiCalculator.points(kpi, figuresOf(table, scope), scope.summed());
		KpiPeriod period = period(kpi, table, points, requestedPeriod);
		Map<Long, PeriodFigures> inPeriod = table.inPeriod(period);
		Map<Long, BigDecimal> values = peerValues(kpi, table, period, area.level());
		Map<Long, Area> named = this.areas.byIds(values.keySet());
		List<BigDecimal> all = List.copyOf(values.values());
		boolean lowerIsBetter = Kpi.LOWER.equals(kpi.polarity());
		Comparator<Map.Entry<Long, BigDecimal>> bestFirst = Map.Entry.comparingByValue();
		if (!lowerIsBetter) {
			bestFirst = bestFirst.reversed();
		}
		List<KpiRanking.RankedArea> ranked = new ArrayList<>();
		values.entrySet()
			.stream()
			.sorted(bestFirst.thenComparing(entry -> named.get(entry.getKey()).name()))
			.forEach(entry -> {
				Ranking ranking = Ranking.of(entry.getValue(), all, kpi.polarity());
				Area peer = named.get(entry.getKey());
				ranked.add(new KpiRanking.RankedArea(peer.code(), peer.name(), entry.getValue(), ranking.rank(),
						ranking.quartile(), inPeriod.get(entry.getKey()).importId(),
						inPeriod.get(entry.getKey()).denominatorImportId()));
			});
		KpiBenchmark.Quartiles quartiles = null;
		if (!kpi.neutral() && all.size() >= Ranking.FEWEST_TO_BAND) {
			Ranking any = Ranking.of(all.get(0), all, kpi.polarity());
			quartiles = new KpiBenchmark.Quartiles(any.q1(), any.q2(), any.q3());
		}
		return new KpiRanking(period.code(), period.label(), AreaLevels.plural(area.level()), area.code(), ranked,
				quartiles);
	}

	private static List<PeriodFigures> figuresOf(KpiTable table, KpiScope scope) {
		return scope.summed() ? table.summed(scope.summedFrom().stream().map(Area::id).toList())
				: table.series(scope.answered().id());
	}

	/**
	 * The requested period, as {@link #period(KpiTable, List, String)}; a period an import brought but in
	 * which the KPI found none of its rows is refused with the reason.
	 */
	private KpiPeriod period(Kpi kpi, KpiTable table, List<KpiPoint> points, String requested) {
		try {
			return period(table, points, requested);
		}
		catch (UnknownPeriodException ex) {
			throw this.series.gap(kpi, requested).map(gap -> new UnknownPeriodException(requested, table.periods(), gap))
				.orElse(ex);
		}
	}

	/** The requested period, or the latest in which the area has figures (else the KPI's latest). */
	static KpiPeriod period(KpiTable table, List<KpiPoint> points, String requested) {
		if (requested != null && !requested.isBlank()) {
			return table.periods()
				.stream()
				.filter(period -> period.matches(requested))
				.findFirst()
				.orElseThrow(() -> new UnknownPeriodException(requested, table.periods()));
		}
		if (!points.isEmpty()) {
			String latest = points.get(points.size() - 1).period();
			return table.periods().stream().filter(period -> period.code().equals(latest)).findFirst().orElseThrow();
		}
		return table.periods().get(table.periods().size() - 1);
	}

	/** Every area of this level with a value in the period, by id. */
	private Map<Long, BigDecimal> peerValues(Kpi kpi, KpiTable table, KpiPeriod period, String level) {
		Map<Long, PeriodFigures> inPeriod = table.inPeriod(period);
		Map<Long, Area> named = this.areas.byIds(inPeriod.keySet());
		Map<Long, BigDecimal> values = new HashMap<>();
		inPeriod.forEach((id, figures) -> {
			Area peer = named.get(id);
			BigDecimal value = KpiCalculator.point(kpi, figures, false).value();
			if (peer != null && level.equals(peer.level()) && value != null) {
				values.put(id, value);
			}
		});
		return values;
	}

	private static BigDecimal valueOf(Kpi kpi, KpiTable table, Area area, KpiPeriod period) {
		if (area == null) {
			return null;
		}
		return table.figures(area.id(), period).map(figures -> KpiCalculator.point(kpi, figures, false).value()).orElse(null);
	}

	private KpiBenchmark.Neighbours neighbours(Kpi kpi, KpiTable table, Area area, KpiPeriod period) {
		Optional<ComparatorGroup> group = this.areas.statisticalNeighbours(area);
		if (group.isEmpty()) {
			return null;
		}
		List<Long> ids = group.get().members().stream().map(Area::id).toList();
		Optional<KpiPoint> summed = table.summed(ids)
			.stream()
			.filter(figures -> figures.period().equals(period.code()))
			.findFirst()
			.map(figures -> KpiCalculator.point(kpi, figures, true));
		List<KpiBenchmark.Member> members = new ArrayList<>();
		for (Area member : group.get().members()) {
			Optional<KpiPoint> own = table.figures(member.id(), period).map(figures -> KpiCalculator.point(kpi, figures, false));
			members.add(new KpiBenchmark.Member(member.code(), member.name(), own.map(KpiPoint::value).orElse(null),
					own.map(KpiPoint::status).orElse(null)));
		}
		return new KpiBenchmark.Neighbours(group.get().code(), group.get().name(),
				summed.map(KpiPoint::value).orElse(null), summed.map(KpiPoint::status).orElse(null),
				summed.map(KpiPoint::areas).orElse(0), members);
	}

	private static KpiBenchmark.Direction direction(Kpi kpi, List<KpiPoint> points, KpiPoint current) {
		int index = -1;
		for (int i = 0; i < points.size(); i++) {
			if (points.get(i).period().equals(current.period())) {
				index = i;
			}
		}
		if (index < 1 || current.value() == null) {
			return null;
		}
		KpiPoint previous = points.get(index - 1);
		if (previous.value() == null) {
			return new KpiBenchmark.Direction(previous.label(), null, null, null, null);
		}
		BigDecimal change = current.value().subtract(previous.value());
		String trend = change.signum() > 0 ? "increase" : change.signum() < 0 ? "decrease" : "no change";
		String judgement = null;
		if (change.signum() == 0) {
			judgement = kpi.neutral() ? null : "no change";
		}
		else if (!kpi.neutral()) {
			judgement = (change.signum() > 0) == kpi.higherIsBetter() ? "improving" : "worsening";
		}
		return new KpiBenchmark.Direction(previous.label(), previous.value(), change, trend, judgement);
	}

}
