package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Every fact a KPI can be computed from: for each of its inputs, the column's facts at the rows the
 * input reads (its breakdown, or the dataset's total row) in every area and period, from completed
 * imports only.
 */
@Repository
class KpiFactRepository {

	/** One candidate fact of one KPI input, with what is needed to choose between releases. */
	record InputFact(int sourcePosition, String role, String column, long areaId, String sourcePeriod, String label,
			String granularity, LocalDate start, LocalDate end, BigDecimal value, String status, int releaseOrder,
			long importId, String breakdownLabel) {
	}

	private final DSLContext dsl;

	KpiFactRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Each input's columns and breakdowns are found first (as the pipeline resolved them), then their
	 * facts are read indicator by indicator (the leading column of the fact table's key), at the input's
	 * breakdowns: a plan that a database cannot get wrong, whatever its statistics say.
	 */
	List<InputFact> facts(String kpiCode) {
		List<InputFact> facts = new ArrayList<>();
		for (KpiInputIndicators.InputIndicator input : KpiInputIndicators.of(this.dsl, kpiCode)) {
			if (input.breakdownIds().isEmpty()) {
				continue;
			}
			this.dsl
				.select(FACT.AREA_ID, PERIOD.SOURCE_PERIOD, PERIOD.LABEL, PERIOD.GRANULARITY, PERIOD.START_DATE,
						PERIOD.END_DATE, FACT.OBS_VALUE, FACT.OBS_STATUS, FACT.IMPORT_ID, BREAKDOWN.LABEL)
				.from(FACT)
				.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
				.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
				.join(BREAKDOWN).on(BREAKDOWN.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID))
				.where(FACT.INDICATOR_ID.eq(input.indicatorId()).and(FACT.BREAKDOWN_ID.in(input.breakdownIds())))
				.forEach(row -> facts.add(new InputFact(input.sourcePosition(), input.role(), input.column(), row.value1(),
						row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(), row.value8(),
						input.releaseOrder(), row.value9(), row.value10())));
		}
		return facts;
	}

}
