package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.IMPORT_KPI_GAP;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.PERIOD;

import java.util.List;

import org.jooq.DSLContext;
import org.sendap.dashboard.system.PeriodCode;
import org.springframework.stereotype.Repository;

/**
 * The periods of completed imports in which a KPI found none of its rows, as the pipeline recorded them.
 */
@Repository
class KpiGapRepository {

	private final DSLContext dsl;

	KpiGapRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The KPI's gaps, oldest period first. */
	List<KpiGap> gaps(String kpiCode) {
		return this.dsl
			.select(PERIOD.GRANULARITY, PERIOD.START_DATE, PERIOD.SOURCE_PERIOD, PERIOD.LABEL, IMPORT_RUN.IMPORT_ID,
					IMPORT_RUN.FILE_NAME, IMPORT_KPI_GAP.MESSAGE)
			.from(IMPORT_KPI_GAP)
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(IMPORT_KPI_GAP.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(IMPORT_KPI_GAP.PERIOD_ID))
			.where(IMPORT_KPI_GAP.KPI_CODE.eq(kpiCode))
			.orderBy(PERIOD.START_DATE, IMPORT_RUN.IMPORT_ID)
			.fetch(row -> new KpiGap(PeriodCode.of(row.value1(), row.value2(), row.value3()), row.value4(), row.value5(),
					row.value6(), row.value7()));
	}

}
