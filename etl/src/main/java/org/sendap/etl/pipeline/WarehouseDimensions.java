package org.sendap.etl.pipeline;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.PERIOD;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Finds the warehouse keys of the areas, periods and breakdowns that rows name, adding the ones
 * the warehouse has not met yet. Keys are cached for the length of one import. An area added by an
 * import that then failed is new again to this import: an import run again after a rejection or a
 * kill reports the same new areas as the first import of the file would.
 */
public final class WarehouseDimensions {

	private final DSLContext dsl;

	private final long importId;

	private final Map<String, Long> areas = new HashMap<>();

	private final Map<String, Long> periods = new HashMap<>();

	private final Map<String, Long> breakdowns = new HashMap<>();

	private final BiConsumer<AreaRef, Observation> onNewArea;

	public WarehouseDimensions(DSLContext dsl, long importId, BiConsumer<AreaRef, Observation> onNewArea) {
		this.dsl = dsl;
		this.importId = importId;
		this.onNewArea = onNewArea;
	}

	/** The area's key, or empty for a local authority known only by an old code the warehouse lacks. */
	public Optional<Long> area(AreaRef area, Observation observation) {
		String cacheKey = area.code() != null ? area.code() : "old:" + area.oldCode();
		Long cached = this.areas.get(cacheKey);
		if (cached != null) {
			return Optional.of(cached);
		}
		Optional<Record2<Long, Long>> existing = area.code() != null
				? this.dsl.select(AREA.AREA_ID, AREA.INTRODUCED_BY_IMPORT_ID)
					.from(AREA)
					.where(AREA.CODE.eq(area.code()))
					.fetchOptional()
				: this.dsl.select(AREA.AREA_ID, AREA.INTRODUCED_BY_IMPORT_ID)
					.from(AREA)
					.where(AREA.OLD_CODE.eq(area.oldCode()).and(AREA.AREA_LEVEL.eq(AreaRef.LOCAL_AUTHORITY)))
					.orderBy(AREA.AREA_ID.desc())
					.limit(1)
					.fetchOptional();
		Optional<Long> found = existing.map(Record2::value1);
		if (existing.isPresent() && introducedByAFailedImport(existing.get().value2())) {
			this.dsl.update(AREA)
				.set(AREA.INTRODUCED_BY_IMPORT_ID, this.importId)
				.where(AREA.AREA_ID.eq(existing.get().value1()))
				.execute();
			this.onNewArea.accept(area, observation);
		}
		if (found.isEmpty() && area.code() != null) {
			Long parent = area.parent() == null ? null : area(area.parent(), observation).orElse(null);
			found = Optional.of(this.dsl.insertInto(AREA)
				.set(AREA.CODE, area.code())
				.set(AREA.OLD_CODE, area.oldCode())
				.set(AREA.NAME, area.name())
				.set(AREA.AREA_LEVEL, area.level())
				.set(AREA.ODS_CODE, area.odsCode())
				.set(AREA.PARENT_AREA_ID, parent)
				.set(AREA.INTRODUCED_BY_IMPORT_ID, this.importId)
				.returning(AREA.AREA_ID)
				.fetchOne(AREA.AREA_ID));
			this.onNewArea.accept(area, observation);
		}
		found.ifPresent(id -> this.areas.put(cacheKey, id));
		return found;
	}

	private boolean introducedByAFailedImport(Long introducedBy) {
		return introducedBy != null && introducedBy != this.importId
				&& this.dsl.fetchExists(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(introducedBy)
					.and(IMPORT_RUN.STATUS.eq(ImportHistory.FAILED)));
	}

	public long period(PeriodRef period) {
		String key = period.sourcePeriod() + "\u001F" + period.timeIdentifier();
		return this.periods.computeIfAbsent(key, k -> this.dsl.select(PERIOD.PERIOD_ID)
			.from(PERIOD)
			.where(PERIOD.SOURCE_PERIOD.eq(period.sourcePeriod()).and(PERIOD.TIME_IDENTIFIER.eq(period.timeIdentifier())))
			.fetchOptional(PERIOD.PERIOD_ID)
			.orElseGet(() -> this.dsl.insertInto(PERIOD)
				.set(PERIOD.SOURCE_PERIOD, period.sourcePeriod())
				.set(PERIOD.TIME_IDENTIFIER, period.timeIdentifier())
				.set(PERIOD.LABEL, period.label())
				.set(PERIOD.GRANULARITY, period.granularity())
				.set(PERIOD.START_DATE, period.start())
				.set(PERIOD.END_DATE, period.end())
				.returning(PERIOD.PERIOD_ID)
				.fetchOne(PERIOD.PERIOD_ID)));
	}

	public long breakdown(BreakdownRef breakdown) {
		String hash = breakdown.keyHash();
		return this.breakdowns.computeIfAbsent(hash, k -> this.dsl.select(BREAKDOWN.BREAKDOWN_ID)
			.from(BREAKDOWN)
			.where(BREAKDOWN.KEY_HASH.eq(hash))
			.fetchOptional(BREAKDOWN.BREAKDOWN_ID)
			.orElseGet(() -> insertBreakdown(breakdown, hash)));
	}

	private long insertBreakdown(BreakdownRef breakdown, String hash) {
		long id = this.dsl.insertInto(BREAKDOWN)
			.set(BREAKDOWN.KEY_HASH, hash)
			.set(BREAKDOWN.LABEL, breakdown.label())
			.set(BREAKDOWN.IS_TOTAL, breakdown.isTotal())
			.returning(BREAKDOWN.BREAKDOWN_ID)
			.fetchOne(BREAKDOWN.BREAKDOWN_ID);
		breakdown.filters()
			.forEach((name, value) -> this.dsl.insertInto(BREAKDOWN_ITEM)
				.set(BREAKDOWN_ITEM.BREAKDOWN_ID, id)
				.set(BREAKDOWN_ITEM.FILTER_NAME, name)
				.set(BREAKDOWN_ITEM.FILTER_VALUE, value)
				.execute());
		return id;
	}

}
