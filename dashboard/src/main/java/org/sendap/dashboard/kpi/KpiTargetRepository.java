package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.KPI_TARGET;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sendap.dashboard.system.Numbers;
import org.sendap.warehouse.tables.records.KpiTargetRecord;
import org.springframework.stereotype.Repository;

/**
 * Local targets with their history. For a period, the target in force is the one recorded last among
 * those that apply from the period's end or earlier.
 */
@Repository
class KpiTargetRepository {

	private final DSLContext dsl;

	KpiTargetRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Optional<KpiTarget> inForce(String kpiCode, long areaId, LocalDate periodEnd) {
		return this.dsl.selectFrom(KPI_TARGET)
			.where(KPI_TARGET.KPI_CODE.eq(kpiCode)
				.and(KPI_TARGET.AREA_ID.eq(areaId))
				.and(KPI_TARGET.APPLIES_FROM.isNull().or(KPI_TARGET.APPLIES_FROM.le(periodEnd))))
			.orderBy(KPI_TARGET.TARGET_ID.desc())
			.limit(1)
			.fetchOptional(KpiTargetRepository::target);
	}

	/** Every target recorded for the KPI and area, latest first. */
	List<KpiTarget> history(String kpiCode, long areaId) {
		return this.dsl.selectFrom(KPI_TARGET)
			.where(KPI_TARGET.KPI_CODE.eq(kpiCode).and(KPI_TARGET.AREA_ID.eq(areaId)))
			.orderBy(KPI_TARGET.TARGET_ID.desc())
			.fetch(KpiTargetRepository::target);
	}

	private static KpiTarget target(KpiTargetRecord record) {
		return new KpiTarget(Numbers.plain(record.getTarget()), Numbers.plain(record.getAmberTolerance()),
				record.getAppliesFrom(), record.getNote(), record.getRecordedBy(), record.getRecordedAt());
	}

}
