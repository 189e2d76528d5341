package org.sendap.dashboard.kpi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.area.ComparatorGroup;
import org.sendap.dashboard.system.VersionedCache;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Builds a KPI's series for an area and its comparators: England, its region (the published regional
 * figures; for an NHS area its NHS region) and, for an LA, its statistical neighbours (summed
 * numerators over summed denominators).
 */
@Service
public class KpiSeriesService {

	private final KpiRepository kpis;

	private final KpiTables tables;

	private final KpiScopes scopes;

	private final AreaRepository areas;

	private final VersionedCache<List<Object>, KpiSeries> cache;

	private final KpiGapRepository gaps;

	KpiSeriesService(KpiRepository kpis, KpiTables tables, KpiScopes scopes, AreaRepository areas,
			KpiGapRepository gaps, WarehouseVersion version) {
		this.gaps = gaps;
		this.kpis = kpis;
		this.tables = tables;
		this.scopes = scopes;
		this.areas = areas;
		this.cache = new VersionedCache<>(version, 5_000);
	}

	public List<Kpi> catalogue() {
		return this.kpis.all();
	}

	public Map<Integer, String> priorities() {
		return this.kpis.priorities();
	}

	public Optional<Kpi> kpi(String code) {
		return this.kpis.find(code);
	}

	public Optional<Area> area(String code) {
		return this.areas.find(code);
	}

	/** The KPI a request names: Not Found for an unknown code. */
	public Kpi requiredKpi(String code) {
		return kpi(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No KPI with code " + code));
	}

	/** The area a request names: Not Found for an unknown code. */
	public Area requiredArea(String code) {
		return area(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + code));
	}

	KpiTable table(Kpi kpi) {
		return this.tables.table(kpi);
	}

	KpiScope scope(Kpi kpi, Area requested) {
		return this.scopes.scope(kpi, requested, table(kpi));
	}

	/** What to tell the reader while the KPI has no figures at all. */
	static String noData(Kpi kpi) {
		return "No data yet: import " + dataNeeded(kpi);
	}

	/**
	 * What to tell the reader when the KPI has figures, but none for this area (an extract that covers
	 * some areas only); null when the area has figures.
	 */
	static String noData(Kpi kpi, KpiTable table, Area answered, List<KpiPoint> points) {
		if (table.isEmpty()) {
			return noData(kpi);
		}
		return points.isEmpty() ? "No data yet for " + answered.name() + ": the imported files have no figures for it; import "
				+ dataNeeded(kpi) + " covering it" : null;
	}

	private static String dataNeeded(Kpi kpi) {
		return kpi.dataNeeded() != null ? kpi.dataNeeded() : "the file this KPI is computed from";
	}

	public KpiSeries series(Kpi kpi, Area requested) {
		return this.cache.get(List.of(kpi, requested.id()), key -> computeSeries(kpi, requested));
	}

	private KpiSeries computeSeries(Kpi kpi, Area requested) {
		KpiTable table = table(kpi);
		KpiScope scope = this.scopes.scope(kpi, requested, table);
		Area answered = scope.answered();
		List<KpiSeries.Series> series = new ArrayList<>();
		List<KpiPoint> selected = KpiCalculator.points(kpi,
				scope.summed() ? table.summed(scope.summedFrom().stream().map(Area::id).toList()) : table.series(answered.id()),
				scope.summed());
		series.add(new KpiSeries.Series(summary(answered), KpiSeries.SELECTED, selected,
				scope.summed() ? scope.summedFrom().stream().map(KpiSeriesService::summary).toList() : null));
		comparators(answered).forEach((role, area) -> series.add(new KpiSeries.Series(summary(area), role,
				KpiCalculator.points(kpi, table.series(area.id()), false), null)));
		if ("la".equals(answered.level())) {
			this.areas.statisticalNeighbours(answered).ifPresent(group -> series.add(neighbours(kpi, table, group)));
		}
		List<KpiGap> gaps = missing(this.gaps.gaps(kpi.code()), selected);
		return new KpiSeries(KpiSeries.KpiSummary.of(kpi), series, scope.footprint(),
				withGaps(noData(kpi, table, answered, selected), gaps), gaps);
	}

	/** The gaps of periods the area has no figure for (a gap the area has a figure for is another file's). */
	static List<KpiGap> missing(List<KpiGap> gaps, List<KpiPoint> points) {
		return gaps.stream()
			.filter(gap -> points.stream().noneMatch(point -> point.hasValue() && gap.matches(point.period())))
			.toList();
	}

	private static String withGaps(String noData, List<KpiGap> gaps) {
		if (gaps.isEmpty()) {
			return noData;
		}
		String why = gaps.stream().map(KpiGap::sentence).distinct().collect(Collectors.joining(" "));
		return noData == null ? why : noData + " " + why;
	}

	/** The gap of a period that the KPI does not have, if an import brought the period. */
	Optional<KpiGap> gap(Kpi kpi, String requested) {
		return this.gaps.gaps(kpi.code()).stream().filter(gap -> gap.matches(requested)).findFirst();
	}

	/** Every period the KPI has figures for, oldest first, with its dates. */
	public List<KpiPeriod> periods(Kpi kpi) {
		return table(kpi).periods();
	}

	/** Each statistical neighbour's own series, closest neighbour first; none for an area that is not an LA. */
	public List<KpiSeries.Series> neighbourMembers(Kpi kpi, Area requested) {
		KpiTable table = table(kpi);
		Area answered = this.scopes.scope(kpi, requested, table).answered();
		if (!"la".equals(answered.level())) {
			return List.of();
		}
		return this.areas.statisticalNeighbours(answered)
			.map(group -> group.members()
				.stream()
				.map(member -> new KpiSeries.Series(summary(member), KpiSeries.NEIGHBOUR,
						KpiCalculator.points(kpi, table.series(member.id()), false), null))
				.toList())
			.orElse(List.of());
	}

	/** England and the area's region (for an NHS area, its NHS region). */
	Map<String, Area> comparators(Area answered) {
		Map<String, Area> roles = new LinkedHashMap<>();
		this.areas.find(AreaRepository.ENGLAND)
			.filter(england -> england.id() != answered.id())
			.ifPresent(england -> roles.put(KpiSeries.ENGLAND, england));
		Optional<Area> parent = this.areas.byId(answered.parentId());
		if ("sub_icb".equals(answered.level())) {
			parent = parent.flatMap(icb -> this.areas.byId(icb.parentId()));
		}
		parent.filter(region -> "region".equals(region.level()) || "nhs_region".equals(region.level()))
			.ifPresent(region -> roles.put(KpiSeries.REGION, region));
		return roles;
	}

	private KpiSeries.Series neighbours(Kpi kpi, KpiTable table, ComparatorGroup group) {
		List<Long> members = group.members().stream().map(Area::id).toList();
		List<KpiPoint> points = members.isEmpty() ? List.of() : KpiCalculator.points(kpi, table.summed(members), true);
		return new KpiSeries.Series(new KpiSeries.AreaSummary(group.code(), group.name(), "group"),
				KpiSeries.NEIGHBOURS, points, group.members().stream().map(KpiSeriesService::summary).toList());
	}

	static KpiSeries.AreaSummary summary(Area area) {
		return new KpiSeries.AreaSummary(area.code(), area.name(), area.level());
	}

}
