package org.sendap.dashboard.observation;

import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.sendap.dashboard.system.Numbers;
import org.sendap.dashboard.system.PeriodCode;
import org.springframework.stereotype.Repository;

/**
 * Every imported value of an indicator (a source column) for an area, in any dataset that has it.
 */
@Repository
class ObservationRepository {

	private final DSLContext dsl;

	ObservationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Observation> find(String indicatorColumn, long areaId, String datasetName, Map<String, String> filters) {
		var rows = this.dsl
			.select(DATASET.NAME, RELEASE.PUBLICATION, RELEASE.RELEASE_LABEL, PERIOD.SOURCE_PERIOD, PERIOD.GRANULARITY,
					PERIOD.LABEL, PERIOD.START_DATE, PERIOD.END_DATE, FACT.BREAKDOWN_ID, FACT.OBS_VALUE, FACT.OBS_STATUS,
					FACT.IMPORT_ID)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(DATASET).on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.where(INDICATOR.COLUMN_NAME.eq(indicatorColumn))
			.and(FACT.AREA_ID.eq(areaId))
			.and(datasetIs(datasetName))
			.and(breakdownHas(filters))
			.orderBy(RELEASE.RELEASE_ORDER, DATASET.NAME, PERIOD.START_DATE, FACT.BREAKDOWN_ID)
			.fetch();
		Set<Long> breakdownIds = rows.stream().map(row -> row.get(FACT.BREAKDOWN_ID)).collect(Collectors.toSet());
		Map<Long, Map<String, String>> breakdowns = breakdowns(breakdownIds);
		return rows.stream()
			.map(row -> new Observation(row.get(DATASET.NAME),
					new Observation.Release(row.get(RELEASE.PUBLICATION), row.get(RELEASE.RELEASE_LABEL)),
					PeriodCode.of(row.get(PERIOD.GRANULARITY), row.get(PERIOD.START_DATE), row.get(PERIOD.SOURCE_PERIOD)),
					row.get(PERIOD.LABEL), row.get(PERIOD.START_DATE), row.get(PERIOD.END_DATE),
					breakdowns.getOrDefault(row.get(FACT.BREAKDOWN_ID), Map.of()),
					Numbers.plain(row.get(FACT.OBS_VALUE)), row.get(FACT.OBS_STATUS), row.get(FACT.IMPORT_ID)))
			.toList();
	}

	private static Condition datasetIs(String datasetName) {
		return datasetName == null || datasetName.isBlank() ? DSL.noCondition() : DATASET.NAME.eq(datasetName);
	}

	private Condition breakdownHas(Map<String, String> filters) {
		Condition condition = DSL.noCondition();
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			condition = condition.andExists(DSL.selectOne()
				.from(BREAKDOWN_ITEM)
				.where(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID)
					.and(BREAKDOWN_ITEM.FILTER_NAME.eq(filter.getKey()))
					.and(BREAKDOWN_ITEM.FILTER_VALUE.eq(filter.getValue()))));
		}
		return condition;
	}

	private Map<Long, Map<String, String>> breakdowns(Set<Long> ids) {
		Map<Long, Map<String, String>> breakdowns = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return breakdowns;
		}
		this.dsl.selectFrom(BREAKDOWN_ITEM)
			.where(BREAKDOWN_ITEM.BREAKDOWN_ID.in(ids))
			.forEach(item -> breakdowns.computeIfAbsent(item.getBreakdownId(), id -> new TreeMap<>())
				.put(item.getFilterName(), item.getFilterValue()));
		return breakdowns;
	}

}
