package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI_INPUT;
import static org.sendap.warehouse.Tables.RELEASE;

import java.util.List;

import org.jooq.DSLContext;

/**
 * The indicators a KPI's inputs name: every imported column of the input's name (in the input's
 * dataset, when it names one), with the release it belongs to.
 */
final class KpiInputIndicators {

	/** One input column found among one dataset's indicators. */
	record InputIndicator(int sourcePosition, String role, String column, String breakdownKeyHash, long indicatorId,
			int releaseOrder) {
	}

	private KpiInputIndicators() {
	}

	static List<InputIndicator> of(DSLContext dsl, String kpiCode) {
		return dsl
			.select(KPI_INPUT.SOURCE_POSITION, KPI_INPUT.ROLE, KPI_INPUT.COLUMN_NAME, KPI_INPUT.BREAKDOWN_KEY_HASH,
					INDICATOR.INDICATOR_ID, RELEASE.RELEASE_ORDER)
			.from(KPI_INPUT)
			.join(INDICATOR).on(INDICATOR.COLUMN_NAME.eq(KPI_INPUT.COLUMN_NAME))
			.join(DATASET)
			.on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID)
				.and(KPI_INPUT.DATASET_NAME.isNull().or(DATASET.NAME.eq(KPI_INPUT.DATASET_NAME))))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(KPI_INPUT.KPI_CODE.eq(kpiCode))
			.fetch()
			.map(row -> new InputIndicator(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6()));
	}

}
