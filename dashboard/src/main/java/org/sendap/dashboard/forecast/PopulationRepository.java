package org.sendap.dashboard.forecast;

import static org.jooq.impl.DSL.sum;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * Children aged 0 to 17 in an LA by year: the ONS mid-year estimates (every LA, 2012 on) and the ONS
 * subnational population projections by single year of age (where imported), from completed imports.
 */
@Repository
class PopulationRepository {

	static final String ESTIMATE = "population_estimate";

	static final String ESTIMATE_AGES = "Children aged 0 to 17 years";

	static final String PROJECTION = "projected_population";

	static final List<String> CHILD_AGES = java.util.stream.IntStream.rangeClosed(0, 17).mapToObj(Integer::toString).toList();

	private final DSLContext dsl;

	PopulationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** Mid-year estimates of children aged 0 to 17, by year. */
	Map<Integer, BigDecimal> estimates(long areaId) {
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		this.dsl.select(PERIOD.START_DATE, FACT.OBS_VALUE)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.join(BREAKDOWN_ITEM).on(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID))
			.where(INDICATOR.COLUMN_NAME.eq(ESTIMATE)
				.and(FACT.AREA_ID.eq(areaId))
				.and(FACT.OBS_VALUE.isNotNull())
				.and(BREAKDOWN_ITEM.FILTER_NAME.eq("age_group"))
				.and(BREAKDOWN_ITEM.FILTER_VALUE.eq(ESTIMATE_AGES)))
			.fetch()
			.forEach(row -> byYear.put(row.value1().getYear(), row.value2()));
		return byYear;
	}

	/** Projected children aged 0 to 17 (persons, the single years of age added up), by year. */
	Map<Integer, BigDecimal> projection(long areaId) {
		var age = BREAKDOWN_ITEM.as("age");
		var sex = BREAKDOWN_ITEM.as("sex");
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		this.dsl.select(PERIOD.START_DATE, sum(FACT.OBS_VALUE), DSL.count())
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.join(age).on(age.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID).and(age.FILTER_NAME.eq("age")))
			.join(sex).on(sex.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID).and(sex.FILTER_NAME.eq("sex")))
			.where(INDICATOR.COLUMN_NAME.eq(PROJECTION)
				.and(FACT.AREA_ID.eq(areaId))
				.and(FACT.OBS_VALUE.isNotNull())
				.and(age.FILTER_VALUE.in(CHILD_AGES))
				.and(sex.FILTER_VALUE.eq("persons")))
			.groupBy(PERIOD.START_DATE)
			.fetch()
			.forEach(row -> {
				// A year counts only with all eighteen ages
				if (row.value3() == CHILD_AGES.size()) {
					byYear.put(row.value1().getYear(), row.value2());
				}
			});
		return byYear;
	}

}
