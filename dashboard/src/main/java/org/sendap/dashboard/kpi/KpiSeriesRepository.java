package org.sendap.dashboard.kpi;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;
import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI_SOURCE;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.sendap.warehouse.tables.Fact;
import org.sendap.warehouse.tables.Indicator;
import org.springframework.stereotype.Repository;

/**
 * The numerators and denominators of a KPI, per area and per period. Each KPI can be computed from
 * several release layouts; for each area and period the newest release wins. Only facts of
 * completed imports count.
 */
@Repository
class KpiSeriesRepository {

	private static final Field<Long> AREA_ID = field(name("area_id"), Long.class);

	private static final Field<String> SOURCE_PERIOD = field(name("source_period"), String.class);

	private static final Field<String> LABEL = field(name("label"), String.class);

	private static final Field<LocalDate> START_DATE = field(name("start_date"), LocalDate.class);

	private static final Field<BigDecimal> NUMERATOR = field(name("numerator"), BigDecimal.class);

	private static final Field<String> NUMERATOR_STATUS = field(name("numerator_status"), String.class);

	private static final Field<BigDecimal> DENOMINATOR = field(name("denominator"), BigDecimal.class);

	private static final Field<String> DENOMINATOR_STATUS = field(name("denominator_status"), String.class);

	private static final Field<Integer> PREFERENCE = field(name("preference"), Integer.class);

	private final DSLContext dsl;

	KpiSeriesRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The figures of each of the areas, in time order. */
	List<PeriodFigures> byArea(String kpiCode, Collection<Long> areaIds) {
		Table<?> chosen = chosenFigures(kpiCode, areaIds);
		return this.dsl.select(chosen.field(AREA_ID), chosen.field(SOURCE_PERIOD), chosen.field(LABEL),
				chosen.field(START_DATE), chosen.field(NUMERATOR), chosen.field(NUMERATOR_STATUS),
				chosen.field(DENOMINATOR), chosen.field(DENOMINATOR_STATUS))
			.from(chosen)
			.where(chosen.field(PREFERENCE).eq(1))
			.orderBy(chosen.field(START_DATE), chosen.field(AREA_ID))
			.fetch(row -> new PeriodFigures(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(),
					row.value6(), row.value7(), row.value8(), 1, 0));
	}

	/**
	 * The figures of a group of areas, summed per period: the group's rate is its summed numerator
	 * over its summed denominator. Areas with a symbol instead of a number are counted, not summed.
	 */
	List<PeriodFigures> summed(String kpiCode, Collection<Long> memberIds) {
		Table<?> chosen = chosenFigures(kpiCode, memberIds);
		Field<BigDecimal> numerator = chosen.field(NUMERATOR);
		Field<BigDecimal> denominator = chosen.field(DENOMINATOR);
		Field<Integer> suppressed = when(numerator.isNull().or(denominator.isNull()), inline(1)).otherwise(inline(0));
		return this.dsl.select(chosen.field(SOURCE_PERIOD), max(chosen.field(LABEL)), min(chosen.field(START_DATE)),
				sum(numerator), min(chosen.field(NUMERATOR_STATUS)), sum(denominator),
				min(chosen.field(DENOMINATOR_STATUS)), count(), sum(suppressed))
			.from(chosen)
			.where(chosen.field(PREFERENCE).eq(1))
			.groupBy(chosen.field(SOURCE_PERIOD))
			.orderBy(min(chosen.field(START_DATE)))
			.fetch(row -> new PeriodFigures(null, row.value1(), row.value2(), row.value3(), row.value4(),
					row.value5(), row.value6(), row.value7(), row.value8(), row.value9().intValue()));
	}

	/**
	 * Every candidate numerator/denominator pair for the areas, ranked per area and period: newest
	 * release first, then the catalogue's order of layouts, then the latest import.
	 */
	private Table<?> chosenFigures(String kpiCode, Collection<Long> areaIds) {
		Indicator numeratorIndicator = INDICATOR.as("numerator_indicator");
		Indicator denominatorIndicator = INDICATOR.as("denominator_indicator");
		Fact numerator = FACT.as("numerator_fact");
		Fact denominator = FACT.as("denominator_fact");
		return this.dsl
			.select(numerator.AREA_ID.as(AREA_ID), PERIOD.SOURCE_PERIOD.as(SOURCE_PERIOD), PERIOD.LABEL.as(LABEL),
					PERIOD.START_DATE.as(START_DATE), numerator.OBS_VALUE.as(NUMERATOR),
					numerator.OBS_STATUS.as(NUMERATOR_STATUS), denominator.OBS_VALUE.as(DENOMINATOR),
					denominator.OBS_STATUS.as(DENOMINATOR_STATUS),
					rowNumber().over(partitionBy(numerator.AREA_ID, numerator.PERIOD_ID)
						.orderBy(RELEASE.RELEASE_ORDER.desc(), KPI_SOURCE.POSITION.asc(), numerator.IMPORT_ID.desc()))
						.as(PREFERENCE))
			.from(KPI_SOURCE)
			.join(numeratorIndicator).on(numeratorIndicator.COLUMN_NAME.eq(KPI_SOURCE.NUMERATOR_COLUMN))
			.join(denominatorIndicator)
			.on(denominatorIndicator.COLUMN_NAME.eq(KPI_SOURCE.DENOMINATOR_COLUMN)
				.and(denominatorIndicator.DATASET_ID.eq(numeratorIndicator.DATASET_ID)))
			.join(DATASET).on(DATASET.DATASET_ID.eq(numeratorIndicator.DATASET_ID))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.join(BREAKDOWN).on(BREAKDOWN.KEY_HASH.eq(KPI_SOURCE.BREAKDOWN_KEY_HASH))
			.join(numerator)
			.on(numerator.INDICATOR_ID.eq(numeratorIndicator.INDICATOR_ID)
				.and(numerator.BREAKDOWN_ID.eq(BREAKDOWN.BREAKDOWN_ID)))
			.join(IMPORT_RUN)
			.on(IMPORT_RUN.IMPORT_ID.eq(numerator.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(denominator)
			.on(denominator.INDICATOR_ID.eq(denominatorIndicator.INDICATOR_ID)
				.and(denominator.AREA_ID.eq(numerator.AREA_ID))
				.and(denominator.PERIOD_ID.eq(numerator.PERIOD_ID))
				.and(denominator.BREAKDOWN_ID.eq(numerator.BREAKDOWN_ID))
				.and(denominator.IMPORT_ID.eq(numerator.IMPORT_ID)))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(numerator.PERIOD_ID))
			.where(KPI_SOURCE.KPI_CODE.eq(kpiCode))
			.and(numerator.AREA_ID.in(areaIds))
			.asTable("chosen");
	}

}
