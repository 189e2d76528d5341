package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.KPI_INPUT_BREAKDOWN;
import static org.sendap.warehouse.Tables.PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The facts of a KPI's inputs for one area at every breakdown (age, primary need, setting ...), not
 * only at the breakdown the KPI reads, with each breakdown's filter values.
 */
@Repository
class KpiBreakdownRepository {

	/** One fact of one KPI input for the area, at some breakdown. */
	record BreakdownFact(int sourcePosition, String role, String column, String granularity, LocalDate start,
			LocalDate end, String sourcePeriod, String label, long breakdownId, BigDecimal value, String status,
			int releaseOrder, long importId) {
	}

	private final DSLContext dsl;

	KpiBreakdownRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Read indicator by indicator and area: the leading columns of the fact table's key. */
	List<BreakdownFact> facts(String kpiCode, long areaId) {
		List<BreakdownFact> facts = new ArrayList<>();
		List<KpiInputIndicators.InputIndicator> inputs = KpiInputIndicators.of(this.dsl, kpiCode);
		for (KpiInputIndicators.InputIndicator input : inputs) {
			this.dsl
				.select(PERIOD.GRANULARITY, PERIOD.START_DATE, PERIOD.END_DATE, PERIOD.SOURCE_PERIOD, PERIOD.LABEL,
						FACT.BREAKDOWN_ID, FACT.OBS_VALUE, FACT.OBS_STATUS, FACT.IMPORT_ID)
				.from(FACT)
				.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
				.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
				.where(FACT.INDICATOR_ID.eq(input.indicatorId()).and(FACT.AREA_ID.eq(areaId)))
				.forEach(row -> facts.add(new BreakdownFact(input.sourcePosition(), input.role(), input.column(), row.value1(),
						row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(), row.value8(),
						input.releaseOrder(), row.value9())));
		}
		return facts;
	}

	/** The filter values of each breakdown, in the order the source gave its filters. */
	Map<Long, Map<String, String>> filters(Collection<Long> breakdownIds) {
		Map<Long, Map<String, String>> filters = new HashMap<>();
		if (breakdownIds.isEmpty()) {
			return filters;
		}
		this.dsl.select(BREAKDOWN_ITEM.BREAKDOWN_ID, BREAKDOWN_ITEM.FILTER_NAME, BREAKDOWN_ITEM.FILTER_VALUE)
			.from(BREAKDOWN_ITEM)
			.where(BREAKDOWN_ITEM.BREAKDOWN_ID.in(breakdownIds))
			.orderBy(BREAKDOWN_ITEM.BREAKDOWN_ID, BREAKDOWN_ITEM.FILTER_NAME)
			.forEach(row -> filters.computeIfAbsent(row.value1(), id -> new LinkedHashMap<>()).put(row.value2(), row.value3()));
		return filters;
	}

	/** The breakdowns each layout of the KPI reads a role at, by the layout's position. */
	Map<Integer, Set<Long>> breakdownsRead(String kpiCode, String role) {
		Map<Integer, Set<Long>> read = new HashMap<>();
		this.dsl.select(KPI_INPUT_BREAKDOWN.SOURCE_POSITION, KPI_INPUT_BREAKDOWN.BREAKDOWN_ID)
			.from(KPI_INPUT_BREAKDOWN)
			.where(KPI_INPUT_BREAKDOWN.KPI_CODE.eq(kpiCode).and(KPI_INPUT_BREAKDOWN.ROLE.eq(role)))
			.forEach(row -> read.computeIfAbsent(row.value1(), position -> new HashSet<>()).add(row.value2()));
		return read;
	}

}
