package org.sendap.dashboard.area;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.COMPARATOR_GROUP;
import static org.sendap.warehouse.Tables.COMPARATOR_MEMBER;
import static org.sendap.warehouse.Tables.LA_ICB;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Repository;

/**
 * Areas and the groups they are compared with. The area dimension is small (a few hundred areas) and
 * read on every page, many times: it is read whole, in four statements, and kept until the warehouse
 * changes (an import may add an area).
 */
@Repository
public class AreaRepository {

	public static final String ENGLAND = "E92000001";

	public static final String STATISTICAL_NEIGHBOURS = "statistical_neighbours";

	public static final String CURRENT_NEIGHBOUR_MODEL = "2025";

	private final DSLContext dsl;

	private final WarehouseVersion version;

	private volatile Directory directory;

	AreaRepository(DSLContext dsl, WarehouseVersion version) {
		this.dsl = dsl;
		this.version = version;
	}

	/** Every area, its codes and its groups, as the warehouse had them at one version. */
	private record Directory(long version, Map<Long, Area> byId, Map<String, Area> byCode, Map<String, Area> byOldCode,
			Map<String, Area> byOdsCode, List<Area> localAuthorities, Map<Long, ComparatorGroup> neighbours,
			Map<Long, Area> mainIcb, Map<Long, List<Area>> children) {
	}

	/**
	 * The area with this ONS code (E06000051, E54000011), or for a local authority its DfE number
	 * (893), or for an NHS organisation its ODS code (QOC, M2L0M). Where an LA number was reused after
	 * a boundary change, the current LA is the one with the newest code.
	 */
	public Optional<Area> find(String code) {
		String key = code.trim().toUpperCase(Locale.ROOT);
		Directory areas = directory();
		return Optional.ofNullable(areas.byCode().get(key))
			.or(() -> Optional.ofNullable(areas.byOldCode().get(key)))
			.or(() -> Optional.ofNullable(areas.byOdsCode().get(key)));
	}

	public Optional<Area> byId(Long id) {
		return id == null ? Optional.empty() : Optional.ofNullable(directory().byId().get(id));
	}

	/** The local authorities that have a statistical neighbour group: today's 153, by name. */
	public List<Area> localAuthorities() {
		return directory().localAuthorities();
	}

	/** The LA's statistical neighbour group (DfE 2025 model) and its members, closest first. */
	public Optional<ComparatorGroup> statisticalNeighbours(Area area) {
		return Optional.ofNullable(directory().neighbours().get(area.id()));
	}

	/** The ICB that serves most of the LA (its NHS footprint). */
	public Optional<Area> mainIcb(Area localAuthority) {
		return Optional.ofNullable(directory().mainIcb().get(localAuthority.id()));
	}

	/** The areas directly under this one (an ICB's sub-ICB locations), by name. */
	public List<Area> children(Area parent) {
		return directory().children().getOrDefault(parent.id(), List.of());
	}

	/** Areas by id, for naming the areas of a ranking. */
	public Map<Long, Area> byIds(Collection<Long> ids) {
		Map<Long, Area> byId = directory().byId();
		Map<Long, Area> found = new HashMap<>();
		ids.forEach(id -> {
			Area area = byId.get(id);
			if (area != null) {
				found.put(id, area);
			}
		});
		return found;
	}

	private Directory directory() {
		long current = this.version.current();
		Directory areas = this.directory;
		if (areas == null || areas.version() != current) {
			areas = read(current);
			this.directory = areas;
		}
		return areas;
	}

	private Directory read(long version) {
		List<Area> all = this.dsl.selectFrom(AREA).orderBy(AREA.AREA_ID).fetch().map(AreaRepository::area);
		Map<Long, Area> byId = new HashMap<>();
		Map<String, Area> byCode = new HashMap<>();
		Map<String, Area> byOldCode = new HashMap<>();
		Map<String, Area> byOdsCode = new HashMap<>();
		Map<Long, List<Area>> children = new HashMap<>();
		for (Area area : all) {
			byId.put(area.id(), area);
			byCode.put(area.code().toUpperCase(Locale.ROOT), area);
			if (area.oldCode() != null && "la".equals(area.level())) {
				// A reused LA number names the LA with the newest code
				byOldCode.merge(area.oldCode(), area, (one, other) -> one.code().compareTo(other.code()) >= 0 ? one : other);
			}
			if (area.odsCode() != null) {
				byOdsCode.putIfAbsent(area.odsCode().toUpperCase(Locale.ROOT), area);
			}
			if (area.parentId() != null) {
				children.computeIfAbsent(area.parentId(), id -> new ArrayList<>()).add(area);
			}
		}
		children.values().forEach(list -> list.sort(Comparator.comparing(Area::name)));
		Map<Long, ComparatorGroup> neighbours = new HashMap<>();
		Map<Long, List<Area>> members = new HashMap<>();
		this.dsl.select(COMPARATOR_MEMBER.GROUP_ID, COMPARATOR_MEMBER.AREA_ID)
			.from(COMPARATOR_MEMBER)
			.join(COMPARATOR_GROUP).on(COMPARATOR_GROUP.GROUP_ID.eq(COMPARATOR_MEMBER.GROUP_ID))
			.where(COMPARATOR_GROUP.KIND.eq(STATISTICAL_NEIGHBOURS).and(COMPARATOR_GROUP.MODEL.eq(CURRENT_NEIGHBOUR_MODEL)))
			.orderBy(COMPARATOR_MEMBER.GROUP_ID, COMPARATOR_MEMBER.RANK)
			.fetch()
			.forEach(row -> members.computeIfAbsent(row.value1(), id -> new ArrayList<>()).add(byId.get(row.value2())));
		this.dsl.select(COMPARATOR_GROUP.GROUP_ID, COMPARATOR_GROUP.SUBJECT_AREA_ID, COMPARATOR_GROUP.GROUP_CODE,
				COMPARATOR_GROUP.NAME)
			.from(COMPARATOR_GROUP)
			.where(COMPARATOR_GROUP.KIND.eq(STATISTICAL_NEIGHBOURS).and(COMPARATOR_GROUP.MODEL.eq(CURRENT_NEIGHBOUR_MODEL)))
			.fetch()
			.forEach(group -> neighbours.put(group.value2(), new ComparatorGroup(group.value3(), group.value4(),
					List.copyOf(members.getOrDefault(group.value1(), List.of())))));
		List<Area> localAuthorities = all.stream()
			.filter(area -> "la".equals(area.level()) && neighbours.containsKey(area.id()))
			.sorted(Comparator.comparing(Area::name))
			.toList();
		Map<Long, Area> mainIcb = new HashMap<>();
		this.dsl.select(LA_ICB.LA_AREA_ID, LA_ICB.ICB_AREA_ID)
			.from(LA_ICB)
			.where(LA_ICB.IS_MAIN)
			.fetch()
			.forEach(row -> mainIcb.put(row.value1(), byId.get(row.value2())));
		return new Directory(version, byId, byCode, byOldCode, byOdsCode, localAuthorities, neighbours, mainIcb, children);
	}

	private static Area area(Record record) {
		return new Area(record.get(AREA.AREA_ID), record.get(AREA.CODE), record.get(AREA.OLD_CODE),
				record.get(AREA.ODS_CODE), record.get(AREA.NAME), record.get(AREA.AREA_LEVEL),
				record.get(AREA.PARENT_AREA_ID));
	}

}
