package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.KPI_INPUT;
import static org.sendap.warehouse.Tables.KPI_PRIORITY;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The KPI catalogue as loaded into the warehouse.
 */
@Repository
class KpiRepository {

	private final DSLContext dsl;

	KpiRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	List<Kpi> all() {
		return this.dsl.select(KPI.fields())
			.select(KPI_PRIORITY.NAME)
			.from(KPI)
			.leftJoin(KPI_PRIORITY).on(KPI_PRIORITY.PRIORITY.eq(KPI.PRIORITY))
			.orderBy(KPI.PRIORITY, KPI.KPI_CODE)
			.fetch(this::kpi);
	}

	Optional<Kpi> find(String code) {
		return this.dsl.select(KPI.fields())
			.select(KPI_PRIORITY.NAME)
			.from(KPI)
			.leftJoin(KPI_PRIORITY).on(KPI_PRIORITY.PRIORITY.eq(KPI.PRIORITY))
			.where(KPI.KPI_CODE.eq(code))
			.fetchOptional(this::kpi);
	}

	Map<Integer, String> priorities() {
		return this.dsl.selectFrom(KPI_PRIORITY).orderBy(KPI_PRIORITY.PRIORITY).fetchMap(KPI_PRIORITY.PRIORITY, KPI_PRIORITY.NAME);
	}

	private Kpi kpi(Record record) {
		String code = record.get(KPI.KPI_CODE);
		List<Kpi.KpiInput> inputs = this.dsl.selectFrom(KPI_INPUT)
			.where(KPI_INPUT.KPI_CODE.eq(code))
			.orderBy(KPI_INPUT.SOURCE_POSITION, KPI_INPUT.ROLE, KPI_INPUT.COLUMN_NAME)
			.fetch(input -> new Kpi.KpiInput(input.getSourcePosition(), input.getRole(), input.getColumnName(),
					input.getBreakdownKeyHash(), input.getDatasetName(), input.getPeriodLagYears(),
					input.getJanuaryCensus(), input.getLayoutNote()));
		return new Kpi(code, record.get(KPI.NAME), record.get(KPI.UNIT), record.get(KPI.POLARITY),
				record.get(KPI.PRIORITY), record.get(KPI_PRIORITY.NAME), record.get(KPI.COMPUTATION),
				record.get(KPI.MULTIPLIER), record.get(KPI.DECIMALS), record.get(KPI.GEOGRAPHY), record.get(KPI.DEFINITION),
				record.get(KPI.SOURCE), record.get(KPI.PUBLISHER), record.get(KPI.DATA_NEEDED), inputs);
	}

}
