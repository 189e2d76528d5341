package org.sendap.dashboard.area;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.COMPARATOR_GROUP;
import static org.sendap.warehouse.Tables.COMPARATOR_MEMBER;
import static org.sendap.warehouse.Tables.LA_ICB;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * Areas and the groups they are compared with.
 */
@Repository
public class AreaRepository {

	public static final String ENGLAND = "E92000001";

	public static final String STATISTICAL_NEIGHBOURS = "statistical_neighbours";

	public static final String CURRENT_NEIGHBOUR_MODEL = "2025";

	private final DSLContext dsl;

	AreaRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The area with this ONS code (E06000051, E54000011), or for a local authority its DfE number
	 * (893), or for an NHS organisation its ODS code (QOC, M2L0M). Where an LA number was reused after
	 * a boundary change, the current LA is the one with the newest code.
	 */
	public Optional<Area> find(String code) {
		String trimmed = code.trim();
		return this.dsl.selectFrom(AREA)
			.where(AREA.CODE.equalIgnoreCase(trimmed))
			.fetchOptional(AreaRepository::area)
			.or(() -> this.dsl.selectFrom(AREA)
				.where(AREA.OLD_CODE.eq(trimmed).and(AREA.AREA_LEVEL.eq("la")))
				.orderBy(AREA.CODE.desc())
				.limit(1)
				.fetchOptional(AreaRepository::area))
			.or(() -> this.dsl.selectFrom(AREA)
				.where(AREA.ODS_CODE.equalIgnoreCase(trimmed))
				.orderBy(AREA.AREA_ID)
				.limit(1)
				.fetchOptional(AreaRepository::area));
	}

	public Optional<Area> byId(Long id) {
		return id == null ? Optional.empty() : this.dsl.selectFrom(AREA).where(AREA.AREA_ID.eq(id)).fetchOptional(AreaRepository::area);
	}

	/** The local authorities that have a statistical neighbour group: today's 153. */
	public List<Area> localAuthorities() {
		return this.dsl.select(AREA.fields())
			.from(AREA)
			.where(AREA.AREA_LEVEL.eq("la"))
			.andExists(this.dsl.selectOne()
				.from(COMPARATOR_GROUP)
				.where(COMPARATOR_GROUP.SUBJECT_AREA_ID.eq(AREA.AREA_ID))
				.and(COMPARATOR_GROUP.MODEL.eq(CURRENT_NEIGHBOUR_MODEL)))
			.orderBy(AREA.NAME)
			.fetch(AreaRepository::area);
	}

	/** The LA's statistical neighbour group (DfE 2025 model) and its members, closest first. */
	public Optional<ComparatorGroup> statisticalNeighbours(Area area) {
		return this.dsl.select(COMPARATOR_GROUP.GROUP_ID, COMPARATOR_GROUP.GROUP_CODE, COMPARATOR_GROUP.NAME)
			.from(COMPARATOR_GROUP)
			.where(COMPARATOR_GROUP.SUBJECT_AREA_ID.eq(area.id())
				.and(COMPARATOR_GROUP.KIND.eq(STATISTICAL_NEIGHBOURS))
				.and(COMPARATOR_GROUP.MODEL.eq(CURRENT_NEIGHBOUR_MODEL)))
			.fetchOptional(group -> new ComparatorGroup(group.value2(), group.value3(),
					this.dsl.select(AREA.fields())
						.from(COMPARATOR_MEMBER)
						.join(AREA).on(AREA.AREA_ID.eq(COMPARATOR_MEMBER.AREA_ID))
						.where(COMPARATOR_MEMBER.GROUP_ID.eq(group.value1()))
						.orderBy(COMPARATOR_MEMBER.RANK)
						.fetch(AreaRepository::area)));
	}

	/** The ICB that serves most of the LA (its NHS footprint). */
	public Optional<Area> mainIcb(Area localAuthority) {
		return this.dsl.select(AREA.fields())
			.from(LA_ICB)
			.join(AREA).on(AREA.AREA_ID.eq(LA_ICB.ICB_AREA_ID))
			.where(LA_ICB.LA_AREA_ID.eq(localAuthority.id()).and(LA_ICB.IS_MAIN))
			.fetchOptional(AreaRepository::area);
	}

	/** The areas directly under this one (an ICB's sub-ICB locations), by name. */
	public List<Area> children(Area parent) {
		return this.dsl.selectFrom(AREA)
			.where(AREA.PARENT_AREA_ID.eq(parent.id()))
			.orderBy(AREA.NAME)
			.fetch(AreaRepository::area);
	}

	/** Areas by id, for naming the areas of a ranking. */
	public Map<Long, Area> byIds(Collection<Long> ids) {
		return this.dsl.selectFrom(AREA).where(AREA.AREA_ID.in(ids)).fetchMap(AREA.AREA_ID, AreaRepository::area);
	}

	private static Area area(Record record) {
		return new Area(record.get(AREA.AREA_ID), record.get(AREA.CODE), record.get(AREA.OLD_CODE),
				record.get(AREA.ODS_CODE), record.get(AREA.NAME), record.get(AREA.AREA_LEVEL),
				record.get(AREA.PARENT_AREA_ID));
	}

}
