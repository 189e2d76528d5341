package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.KPI;

import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sendap.warehouse.tables.records.KpiRecord;
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
		return this.dsl.selectFrom(KPI).orderBy(KPI.PRIORITY, KPI.KPI_CODE).fetch(KpiRepository::kpi);
	}

	Optional<Kpi> find(String code) {
		return this.dsl.selectFrom(KPI).where(KPI.KPI_CODE.eq(code)).fetchOptional(KpiRepository::kpi);
	}

	private static Kpi kpi(KpiRecord record) {
		return new Kpi(record.getKpiCode(), record.getName(), record.getUnit(), record.getPolarity(),
				record.getPriority(), record.getMultiplier(), record.getDecimals(), record.getTarget(),
				record.getDefinition(), record.getSource());
	}

}
