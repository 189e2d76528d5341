package org.sendap.etl.reference;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.LA_ICB;

import java.util.HashMap;
import java.util.List;
import java.util.Map;


import org.jooq.DSLContext;
import org.sendap.etl.nhs.NhsGeography;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.source.SourceRow;
import org.springframework.stereotype.Component;

/**
 * Puts England, its nine regions and its 153 local authorities (new and old codes, parent region),
 * and the NHS regions, ICBs and sub-ICB locations (ONS and ODS codes, parent) in the area dimension,
 * with the ICBs that serve each LA, so that every area can be chosen before any of its data is imported.
 */
@Component
class AreaReferenceLoader {

	static final String LOCAL_AUTHORITIES = "reference/local_authorities.csv";

	static final String LA_TO_ICB = "reference/la_to_icb.csv";

	static final String ENGLAND_CODE = "E92000001";

	private final DSLContext dsl;

	AreaReferenceLoader(DSLContext dsl) {
		this.dsl = dsl;
	}

	int load() {
		long england = upsert(ENGLAND_CODE, null, "England", AreaRef.NATIONAL, null);
		List<AreaRef> localAuthorities = LocalAuthorities.shipped().all();
		for (AreaRef la : localAuthorities) {
			long region = upsert(la.parent().code(), null, la.parent().name(), AreaRef.REGION, england);
			upsert(la.code(), la.oldCode(), la.name(), AreaRef.LOCAL_AUTHORITY, region);
		}
		loadNhsGeography(england);
		return localAuthorities.size();
	}

	/** NHS regions, ICBs and sub-ICB locations with their ODS codes, and the ICBs serving each LA. */
	private void loadNhsGeography(long england) {
		NhsGeography geography = NhsGeography.shipped();
		Map<String, Long> ids = new HashMap<>();
		for (AreaRef region : geography.regions()) {
			ids.put(region.code(), upsert(region, england));
		}
		for (AreaRef icb : geography.icbs()) {
			ids.put(icb.code(), upsert(icb, ids.get(icb.parent().code())));
		}
		for (AreaRef subIcb : geography.subIcbs()) {
			upsert(subIcb, ids.get(subIcb.parent().code()));
		}
		ReferenceTable footprints = ReferenceTable.read(LA_TO_ICB);
		int laCode = footprints.column("new_la_code");
		int icbCode = footprints.column("icb_code");
		int main = footprints.column("is_main");
		int note = footprints.column("note");
		this.dsl.deleteFrom(LA_ICB).execute();
		for (SourceRow row : footprints.rows()) {
			Long la = this.dsl.select(AREA.AREA_ID).from(AREA).where(AREA.CODE.eq(row.value(laCode))).fetchOne(AREA.AREA_ID);
			Long icb = ids.get(row.value(icbCode));
			if (la == null || icb == null) {
				throw new IllegalStateException(LA_TO_ICB + " line " + row.line() + " names an LA or ICB the reference lacks");
			}
			this.dsl.insertInto(LA_ICB)
				.set(LA_ICB.LA_AREA_ID, la)
				.set(LA_ICB.ICB_AREA_ID, icb)
				.set(LA_ICB.IS_MAIN, Boolean.parseBoolean(row.value(main)))
				.set(LA_ICB.NOTE, row.value(note).isEmpty() ? null : row.value(note))
				.execute();
		}
	}

	private long upsert(AreaRef area, Long parent) {
		return upsert(area.code(), null, area.odsCode(), area.name(), area.level(), parent);
	}

	private long upsert(String code, String oldCode, String name, String level, Long parent) {
		return upsert(code, oldCode, null, name, level, parent);
	}

	private long upsert(String code, String oldCode, String odsCode, String name, String level, Long parent) {
		return this.dsl.select(AREA.AREA_ID)
			.from(AREA)
			.where(AREA.CODE.eq(code))
			.fetchOptional(AREA.AREA_ID)
			.map(id -> {
				this.dsl.update(AREA)
					.set(AREA.OLD_CODE, oldCode)
					.set(AREA.ODS_CODE, odsCode)
					.set(AREA.NAME, name)
					.set(AREA.AREA_LEVEL, level)
					.set(AREA.PARENT_AREA_ID, parent)
					.where(AREA.AREA_ID.eq(id))
					.execute();
				return id;
			})
			.orElseGet(() -> this.dsl.insertInto(AREA)
				.set(AREA.CODE, code)
				.set(AREA.OLD_CODE, oldCode)
				.set(AREA.ODS_CODE, odsCode)
				.set(AREA.NAME, name)
				.set(AREA.AREA_LEVEL, level)
				.set(AREA.PARENT_AREA_ID, parent)
				.returning(AREA.AREA_ID)
				.fetchOne(AREA.AREA_ID));
	}

}
