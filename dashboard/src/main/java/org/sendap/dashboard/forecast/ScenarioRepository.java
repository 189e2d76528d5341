package org.sendap.dashboard.forecast;

import static org.sendap.warehouse.Tables.FORECAST_SCENARIO;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sendap.warehouse.tables.records.ForecastScenarioRecord;
import org.springframework.stereotype.Repository;

/**
 * Saved forecast scenarios of a KPI and area. Saving a name again keeps the earlier one: the list shows
 * the latest of each name.
 */
@Repository
class ScenarioRepository {

	private final DSLContext dsl;

	ScenarioRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Scenario save(String kpiCode, long areaId, Scenario scenario) {
		ForecastScenarioRecord saved = this.dsl.insertInto(FORECAST_SCENARIO)
			.set(FORECAST_SCENARIO.KPI_CODE, kpiCode)
			.set(FORECAST_SCENARIO.AREA_ID, areaId)
			.set(FORECAST_SCENARIO.NAME, scenario.name())
			.set(FORECAST_SCENARIO.GROWTH_PERCENT, scenario.growthPercent())
			.set(FORECAST_SCENARIO.SHIFT_PERCENT, scenario.shiftPercent())
			.returning()
			.fetchSingle();
		return scenario(saved);
	}

	Optional<Scenario> find(long id, String kpiCode, long areaId) {
		return this.dsl.selectFrom(FORECAST_SCENARIO)
			.where(FORECAST_SCENARIO.SCENARIO_ID.eq(id)
				.and(FORECAST_SCENARIO.KPI_CODE.eq(kpiCode))
				.and(FORECAST_SCENARIO.AREA_ID.eq(areaId)))
			.fetchOptional()
			.map(ScenarioRepository::scenario);
	}

	/** The latest scenario saved under each name, newest first. */
	List<Scenario> saved(String kpiCode, long areaId) {
		Map<String, Scenario> latest = new LinkedHashMap<>();
		this.dsl.selectFrom(FORECAST_SCENARIO)
			.where(FORECAST_SCENARIO.KPI_CODE.eq(kpiCode).and(FORECAST_SCENARIO.AREA_ID.eq(areaId)))
			.orderBy(FORECAST_SCENARIO.SCENARIO_ID.desc())
			.fetch()
			.forEach(record -> latest.putIfAbsent(record.getName(), scenario(record)));
		return List.copyOf(latest.values());
	}

	private static Scenario scenario(ForecastScenarioRecord record) {
		return new Scenario(record.getScenarioId(), record.getName(), strip(record.getGrowthPercent()),
				strip(record.getShiftPercent()), record.getSavedAt());
	}

	private static java.math.BigDecimal strip(java.math.BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros();
	}

}
