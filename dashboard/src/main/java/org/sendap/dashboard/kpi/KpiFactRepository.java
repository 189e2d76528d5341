package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI_INPUT;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * Every fact a KPI can be computed from: for each of its inputs, the column's facts at the input's
 * breakdown (or the dataset's total row) in every area and period, from completed imports only.
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
	 * Each input's columns are found among the indicators first, then their facts are read indicator by
	 * indicator (the leading column of the fact table's key), at the input's breakdowns: a plan that a
	 * database cannot get wrong, whatever its statistics say.
	 */
	List<InputFact> facts(String kpiCode) {
		List<InputFact> facts = new ArrayList<>();
		List<Long> totals = this.dsl.select(BREAKDOWN.BREAKDOWN_ID).from(BREAKDOWN).where(BREAKDOWN.IS_TOTAL).fetch(BREAKDOWN.BREAKDOWN_ID);
		var inputs = this.dsl
			.select(KPI_INPUT.SOURCE_POSITION, KPI_INPUT.ROLE, KPI_INPUT.COLUMN_NAME, KPI_INPUT.BREAKDOWN_KEY_HASH,
					INDICATOR.INDICATOR_ID, RELEASE.RELEASE_ORDER)
			.from(KPI_INPUT)
			.join(INDICATOR).on(INDICATOR.COLUMN_NAME.eq(KPI_INPUT.COLUMN_NAME))
			.join(DATASET)
			.on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID)
				.and(KPI_INPUT.DATASET_NAME.isNull().or(DATASET.NAME.eq(KPI_INPUT.DATASET_NAME))))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(KPI_INPUT.KPI_CODE.eq(kpiCode))
			.fetch();
		for (var input : inputs) {
			List<Long> breakdowns = input.value4() == null ? totals
					: this.dsl.select(BREAKDOWN.BREAKDOWN_ID)
						.from(BREAKDOWN)
						.where(BREAKDOWN.KEY_HASH.eq(input.value4()))
						.fetch(BREAKDOWN.BREAKDOWN_ID);
			if (breakdowns.isEmpty()) {
				continue;
			}
			this.dsl
				.select(FACT.AREA_ID, PERIOD.SOURCE_PERIOD, PERIOD.LABEL, PERIOD.GRANULARITY, PERIOD.START_DATE,
						PERIOD.END_DATE, FACT.OBS_VALUE, FACT.OBS_STATUS, FACT.IMPORT_ID, BREAKDOWN.LABEL)
				.from(FACT)
				.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
				.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
				.join(BREAKDOWN).on(BREAKDOWN.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID))
				.where(FACT.INDICATOR_ID.eq(input.value5()).and(FACT.BREAKDOWN_ID.in(breakdowns)))
				.forEach(row -> facts.add(new InputFact(input.value1(), input.value2(), input.value3(), row.value1(),
						row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7(), row.value8(),
						input.value6(), row.value9(), row.value10())));
		}
		return facts;
	}

}
