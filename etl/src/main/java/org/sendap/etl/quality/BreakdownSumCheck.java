package org.sendap.etl.quality;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record4;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.WrittenRows;
import org.springframework.stereotype.Component;

/**
 * Checks that the breakdown rows of an import add up to their total rows (see
 * {@link BreakdownPartitions} for which rows are parts of which total), for the indicators that count
 * something: percentages, rates and averages do not add up. The breakdowns and the lines of the rows
 * are those the load step wrote ({@link WrittenRows}); each count's facts are streamed from the
 * database in key order, one indicator, area and period at a time, so memory stays flat however big
 * the file. A finding names the total row's line, the indicator's column and the total.
 */
@Component
public class BreakdownSumCheck {

	private static final int FETCH_SIZE = 5000;

	private final DSLContext dsl;

	private final QualityPolicy policy;

	public BreakdownSumCheck(DSLContext dsl, QualityPolicy policy) {
		this.dsl = dsl;
		this.policy = policy;
	}

	public void check(long importId, String fileName, WrittenRows writtenRows, QualityReport report) {
		Long datasetId = this.dsl.select(IMPORT_RUN.DATASET_ID)
			.from(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.fetchOne(IMPORT_RUN.DATASET_ID);
		if (datasetId == null) {
			return;
		}
		Map<Long, String> counts = countIndicators(datasetId);
		if (counts.isEmpty()) {
			return;
		}
		BreakdownSums sums = new BreakdownSums(BreakdownPartitions.of(filterValues(writtenRows.breakdowns())),
				this.policy.breakdownTolerance());
		if (sums.isEmpty()) {
			return;
		}
		Describer describer = new Describer(fileName, writtenRows, report);
		counts.forEach((indicator, column) -> {
			try (Cursor<Record4<Long, Long, Long, BigDecimal>> facts = this.dsl
				.select(FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID, FACT.OBS_VALUE)
				.from(FACT)
				.where(FACT.INDICATOR_ID.eq(indicator)
					.and(FACT.IMPORT_ID.eq(importId))
					.and(FACT.BREAKDOWN_ID.in(sums.breakdowns())))
				// The primary key's order, which the databases read without sorting
				.orderBy(FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID)
				.fetchSize(FETCH_SIZE)
				.fetchLazy()) {
				Map<Long, BigDecimal> cell = new HashMap<>();
				long area = -1;
				long period = -1;
				for (Record4<Long, Long, Long, BigDecimal> fact : facts) {
					if (fact.value1() != area || fact.value2() != period) {
						describer.report(sums.check(cell), indicator, column, area, period);
						cell.clear();
						area = fact.value1();
						period = fact.value2();
					}
					cell.put(fact.value3(), fact.value4());
				}
				describer.report(sums.check(cell), indicator, column, area, period);
			}
		});
	}

	/** The dataset's indicators that count something, by id, with their columns. */
	private Map<Long, String> countIndicators(long datasetId) {
		Map<Long, String> counts = new TreeMap<>();
		this.dsl.select(INDICATOR.INDICATOR_ID, INDICATOR.COLUMN_NAME, INDICATOR.LABEL, INDICATOR.UNIT)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(datasetId))
			.forEach(indicator -> {
				if (IndicatorKind.of(indicator.value2(), indicator.value3(), indicator.value4()) == IndicatorKind.COUNT) {
					counts.put(indicator.value1(), indicator.value2());
				}
			});
		return counts;
	}

	/** Breakdowns as filter name to value (none for the total breakdown). */
	private Map<Long, Map<String, String>> filterValues(Set<Long> breakdownIds) {
		Map<Long, Map<String, String>> breakdowns = new TreeMap<>();
		breakdownIds.forEach(breakdown -> breakdowns.put(breakdown, new TreeMap<>()));
		this.dsl.select(BREAKDOWN_ITEM.BREAKDOWN_ID, BREAKDOWN_ITEM.FILTER_NAME, BREAKDOWN_ITEM.FILTER_VALUE)
			.from(BREAKDOWN_ITEM)
			.where(BREAKDOWN_ITEM.BREAKDOWN_ID.in(breakdownIds))
			.forEach(item -> breakdowns.get(item.value1()).put(item.value2(), item.value3()));
		return breakdowns;
	}

	/** Findings for mismatches: the area and period by name (looked up once each), the total row's line. */
	private final class Describer {

		private final String fileName;

		private final WrittenRows writtenRows;

		private final QualityReport report;

		private final Map<Long, String> areas = new HashMap<>();

		private final Map<Long, String> periods = new HashMap<>();

		Describer(String fileName, WrittenRows writtenRows, QualityReport report) {
			this.fileName = fileName;
			this.writtenRows = writtenRows;
			this.report = report;
		}

		void report(List<BreakdownSums.Mismatch> mismatches, long indicator, String column, long area, long period) {
			for (BreakdownSums.Mismatch mismatch : mismatches) {
				WrittenRows.Place place = this.writtenRows.placeOf(indicator, area, period, mismatch.partition().total());
				String where = this.areas.computeIfAbsent(area, this::area) + ", "
						+ this.periods.computeIfAbsent(period, this::period);
				Finding finding = Finding.of(QualityCheck.BREAKDOWN_SUM, this.fileName,
						place == null ? null : place.line(), column, mismatch.total().stripTrailingZeros().toPlainString(),
						mismatch.message(where));
				this.report.add(place == null || place.sheet() == null ? finding : finding.inSheet(place.sheet()));
			}
		}

		private String area(long area) {
			var found = BreakdownSumCheck.this.dsl.select(AREA.AREA_LEVEL, AREA.NAME)
				.from(AREA)
				.where(AREA.AREA_ID.eq(area))
				.fetchSingle();
			return AreaRef.NATIONAL.equals(found.value1()) ? found.value2()
					: AreaRef.levelName(found.value1()) + " " + found.value2();
		}

		private String period(long period) {
			return BreakdownSumCheck.this.dsl.select(PERIOD.LABEL)
				.from(PERIOD)
				.where(PERIOD.PERIOD_ID.eq(period))
				.fetchSingle(PERIOD.LABEL);
		}

	}

}
