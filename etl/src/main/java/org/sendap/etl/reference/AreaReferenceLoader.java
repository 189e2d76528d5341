package org.sendap.etl.reference;

import static org.sendap.warehouse.Tables.AREA;

import org.jooq.DSLContext;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.source.SourceRow;
import org.springframework.stereotype.Component;

/**
 * Puts England, its nine regions and its 153 local authorities (new and old codes, parent region)
 * in the area dimension, so that every LA can be chosen before any of its data is imported.
 */
@Component
class AreaReferenceLoader {

	static final String LOCAL_AUTHORITIES = "reference/local_authorities.csv";

	static final String ENGLAND_CODE = "E92000001";

	private final DSLContext dsl;

	AreaReferenceLoader(DSLContext dsl) {
		this.dsl = dsl;
	}

	int load() {
		long england = upsert(ENGLAND_CODE, null, "England", AreaRef.NATIONAL, null);
		ReferenceTable table = ReferenceTable.read(LOCAL_AUTHORITIES);
		int newCode = table.column("new_la_code");
		int oldCode = table.column("old_la_code");
		int name = table.column("la_name");
		int regionCode = table.column("region_code");
		int regionName = table.column("region_name");
		for (SourceRow row : table.rows()) {
			long region = upsert(row.value(regionCode), null, row.value(regionName), AreaRef.REGION, england);
			upsert(row.value(newCode), row.value(oldCode), row.value(name), AreaRef.LOCAL_AUTHORITY, region);
		}
		return table.rows().size();
	}

	private long upsert(String code, String oldCode, String name, String level, Long parent) {
		return this.dsl.select(AREA.AREA_ID)
			.from(AREA)
			.where(AREA.CODE.eq(code))
			.fetchOptional(AREA.AREA_ID)
			.map(id -> {
				this.dsl.update(AREA)
					.set(AREA.OLD_CODE, oldCode)
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
				.set(AREA.NAME, name)
				.set(AREA.AREA_LEVEL, level)
				.set(AREA.PARENT_AREA_ID, parent)
				.returning(AREA.AREA_ID)
				.fetchOne(AREA.AREA_ID));
	}

}
