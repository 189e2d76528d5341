package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI_INPUT_BREAKDOWN;
import static org.sendap.warehouse.Tables.KPI_INPUT_INDICATOR;
import static org.sendap.warehouse.Tables.RELEASE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;

/**
 * The indicators and breakdowns a KPI's inputs read, as the pipeline resolved them from the catalogue
 * (column names or patterns, categories by meaning): each input column's indicators, with the release
 * they belong to, and the breakdowns of each role.
 */
final class KpiInputIndicators {

	/** One input column found among one dataset's indicators, read at the role's breakdowns. */
	record InputIndicator(int sourcePosition, String role, String column, long indicatorId, int releaseOrder,
			List<Long> breakdownIds) {
	}

	private KpiInputIndicators() {
	}

	static List<InputIndicator> of(DSLContext dsl, String kpiCode) {
		Map<List<Object>, List<Long>> breakdowns = new HashMap<>();
		dsl.selectFrom(KPI_INPUT_BREAKDOWN)
			.where(KPI_INPUT_BREAKDOWN.KPI_CODE.eq(kpiCode))
			.forEach(row -> breakdowns.computeIfAbsent(List.of(row.getSourcePosition(), row.getRole()), key -> new ArrayList<>())
				.add(row.getBreakdownId()));
		return dsl
			.select(KPI_INPUT_INDICATOR.SOURCE_POSITION, KPI_INPUT_INDICATOR.ROLE, KPI_INPUT_INDICATOR.COLUMN_NAME,
					KPI_INPUT_INDICATOR.INDICATOR_ID, RELEASE.RELEASE_ORDER)
			.from(KPI_INPUT_INDICATOR)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(KPI_INPUT_INDICATOR.INDICATOR_ID))
			.join(DATASET).on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(KPI_INPUT_INDICATOR.KPI_CODE.eq(kpiCode))
			.fetch()
			.map(row -> new InputIndicator(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					breakdowns.getOrDefault(List.of(row.value1(), row.value2()), List.of())));
	}

}
