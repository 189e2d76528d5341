package org.sendap.etl.pipeline;

import static org.sendap.warehouse.Tables.FACT;

import java.math.BigDecimal;

import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/** Facts inserted with one JDBC batch per chunk: for databases without a bulk-load protocol (H2). */
class BatchedFactRows implements FactRows {

	private final DSLContext dsl;

	private BatchBindStep batch;

	private int rows;

	BatchedFactRows(DSLContext dsl) {
		this.dsl = dsl;
	}

	@Override
	public void add(long indicatorId, long areaId, long periodId, long breakdownId, long importId, BigDecimal value,
			String status) {
		if (this.batch == null) {
			this.batch = this.dsl.batch(this.dsl
				.insertInto(FACT, FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID, FACT.IMPORT_ID,
						FACT.OBS_VALUE, FACT.OBS_STATUS)
				.values((Long) null, null, null, null, null, null, null));
		}
		this.batch.bind(indicatorId, areaId, periodId, breakdownId, importId, value, status);
		this.rows++;
	}

	@Override
	public int send() {
		int sent = this.rows;
		if (sent > 0) {
			this.batch.execute();
		}
		this.batch = null;
		this.rows = 0;
		return sent;
	}

}
