package org.sendap.etl.pipeline;

import java.math.BigDecimal;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * The facts of one chunk on their way to the fact table, sent in one round trip when the chunk is
 * written: by PostgreSQL's {@code COPY} where the warehouse is PostgreSQL, by a JDBC batch elsewhere.
 */
public interface FactRows {

	void add(long indicatorId, long areaId, long periodId, long breakdownId, long importId, BigDecimal value,
			String status);

	/** Sends the facts added since the last call, in the current transaction; returns how many. */
	int send();

	static FactRows into(DSLContext dsl) {
		return dsl.dialect().family() == SQLDialect.POSTGRES ? new CopiedFactRows(dsl) : new BatchedFactRows(dsl);
	}

}
