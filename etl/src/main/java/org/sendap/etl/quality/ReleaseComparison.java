package org.sendap.etl.quality;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record6;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.WrittenRows;
import org.springframework.stereotype.Component;

/**
 * Compares an import's values with the previous release of the same dataset (same publication and
 * file, an earlier release): where both give a value for the same series and period, a revision far
 * from the earlier value is reported; where the releases cover different periods (monthly
 * publications), the first new period is compared with the last period of the previous release.
 * Both sides are streamed from the database in the same order and merged, so memory stays flat.
 */
@Component
public class ReleaseComparison {

	private static final int FETCH_SIZE = 5000;

	private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::column)
		.thenComparingLong(SeriesKey::area)
		.thenComparingLong(SeriesKey::period)
		.thenComparingLong(SeriesKey::breakdown);

	private final DSLContext dsl;

	private final QualityPolicy policy;

	public ReleaseComparison(DSLContext dsl, QualityPolicy policy) {
		this.dsl = dsl;
		this.policy = policy;
	}

	/** One series at one period; the period is left out (0) when different periods are compared. */
	private record SeriesKey(String column, long area, long period, long breakdown) {
	}

	private record Value(SeriesKey key, long indicator, long period, BigDecimal value) {
	}

	public void compare(long importId, String fileName, WrittenRows writtenRows, QualityReport report) {
		Record current = this.dsl.select(DATASET.DATASET_ID, DATASET.NAME, RELEASE.PUBLICATION, RELEASE.RELEASE_ORDER)
			.from(IMPORT_RUN)
			.join(DATASET).on(DATASET.DATASET_ID.eq(IMPORT_RUN.DATASET_ID))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.fetchOne();
		if (current == null) {
			return;
		}
		Record previous = this.dsl.select(DATASET.DATASET_ID, RELEASE.RELEASE_LABEL, IMPORT_RUN.IMPORT_ID)
			.from(DATASET)
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.join(IMPORT_RUN).on(IMPORT_RUN.DATASET_ID.eq(DATASET.DATASET_ID).and(IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED)))
			.where(RELEASE.PUBLICATION.eq(current.get(RELEASE.PUBLICATION))
				.and(DATASET.NAME.eq(current.get(DATASET.NAME)))
				.and(RELEASE.RELEASE_ORDER.lt(current.get(RELEASE.RELEASE_ORDER))))
			.orderBy(RELEASE.RELEASE_ORDER.desc(), IMPORT_RUN.IMPORT_ID.desc())
			.limit(1)
			.fetchOne();
		if (previous == null) {
			return;
		}
		long previousImport = previous.get(IMPORT_RUN.IMPORT_ID);
		// Facts are found through their dataset's indicators, the leading column of the fact key; the
		// periods of each import are few, so they are compared here rather than by a join.
		List<Long> nowIndicators = indicators(current.get(DATASET.DATASET_ID));
		List<Long> beforeIndicators = indicators(previous.get(DATASET.DATASET_ID));
		Map<Long, LocalDate> nowPeriods = periods(importId, nowIndicators);
		Map<Long, LocalDate> beforePeriods = periods(previousImport, beforeIndicators);
		Set<Long> shared = new HashSet<>(nowPeriods.keySet());
		shared.retainAll(beforePeriods.keySet());
		boolean samePeriods = !shared.isEmpty();
		Set<Long> nowCompared;
		Set<Long> beforeCompared;
		if (samePeriods) {
			nowCompared = shared;
			beforeCompared = shared;
		}
		else {
			if (nowPeriods.isEmpty() || beforePeriods.isEmpty()) {
				return;
			}
			nowCompared = Set.of(Collections.min(nowPeriods.entrySet(), Map.Entry.comparingByValue()).getKey());
			beforeCompared = Set.of(Collections.max(beforePeriods.entrySet(), Map.Entry.comparingByValue()).getKey());
		}
		Describer describer = new Describer(fileName, previous.get(RELEASE.RELEASE_LABEL), samePeriods, writtenRows, report);
		try (Cursor<Record6<String, Long, Long, Long, BigDecimal, Long>> now = values(importId, nowIndicators, nowCompared);
				Cursor<Record6<String, Long, Long, Long, BigDecimal, Long>> before = values(previousImport, beforeIndicators,
						beforeCompared)) {
			Value left = next(now, samePeriods);
			Value right = next(before, samePeriods);
			while (left != null && right != null) {
				int order = ORDER.compare(left.key(), right.key());
				if (order < 0) {
					left = next(now, samePeriods);
				}
				else if (order > 0) {
					right = next(before, samePeriods);
				}
				else {
					if (isJump(left.value(), right.value())) {
						describer.jump(left, right);
					}
					left = next(now, samePeriods);
					right = next(before, samePeriods);
				}
			}
		}
	}

	/** Far apart in both senses: by the factor (either way) and by more than the minimum. */
	private boolean isJump(BigDecimal value, BigDecimal earlier) {
		if (value.subtract(earlier).abs().compareTo(this.policy.jumpMinimum()) <= 0) {
			return false;
		}
		BigDecimal larger = value.abs().max(earlier.abs());
		BigDecimal smaller = value.abs().min(earlier.abs());
		return larger.compareTo(smaller.multiply(this.policy.jumpFactor())) > 0 || value.signum() * earlier.signum() < 0;
	}

	private Cursor<Record6<String, Long, Long, Long, BigDecimal, Long>> values(long importId, List<Long> indicators,
			Set<Long> periods) {
		Condition facts = FACT.INDICATOR_ID.in(indicators)
			.and(FACT.IMPORT_ID.eq(importId))
			.and(FACT.PERIOD_ID.in(periods))
			.and(FACT.OBS_VALUE.isNotNull());
		return this.dsl.select(INDICATOR.COLUMN_NAME, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID, FACT.OBS_VALUE,
					FACT.INDICATOR_ID)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.where(facts)
			.orderBy(INDICATOR.COLUMN_NAME, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID)
			.fetchSize(FETCH_SIZE)
			.fetchLazy();
	}

	private static Value next(Cursor<Record6<String, Long, Long, Long, BigDecimal, Long>> cursor, boolean samePeriods) {
		if (!cursor.hasNext()) {
			return null;
		}
		Record6<String, Long, Long, Long, BigDecimal, Long> row = cursor.fetchNext();
		SeriesKey key = new SeriesKey(row.value1(), row.value2(), samePeriods ? row.value3() : 0, row.value4());
		return new Value(key, row.value6(), row.value3(), row.value5());
	}

	/** The periods an import gave values for, with their start dates. */
	private Map<Long, LocalDate> periods(long importId, List<Long> indicators) {
		return this.dsl.select(PERIOD.PERIOD_ID, PERIOD.START_DATE)
			.from(PERIOD)
			.where(PERIOD.PERIOD_ID.in(this.dsl.selectDistinct(FACT.PERIOD_ID)
				.from(FACT)
				.where(FACT.INDICATOR_ID.in(indicators).and(FACT.IMPORT_ID.eq(importId)))))
			.fetchMap(PERIOD.PERIOD_ID, PERIOD.START_DATE);
	}

	private List<Long> indicators(long datasetId) {
		return this.dsl.select(INDICATOR.INDICATOR_ID)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(datasetId))
			.fetch(INDICATOR.INDICATOR_ID);
	}

	/** Words for a jump: the area, breakdown and periods by name, looked up only for jumps found. */
	private final class Describer {

		private final String fileName;

		private final String previousRelease;

		private final boolean samePeriods;

		private final QualityReport report;

		private final WrittenRows writtenRows;

		Describer(String fileName, String previousRelease, boolean samePeriods, WrittenRows writtenRows,
				QualityReport report) {
			this.writtenRows = writtenRows;
			this.fileName = fileName;
			this.previousRelease = previousRelease;
			this.samePeriods = samePeriods;
			this.report = report;
		}

		void jump(Value now, Value before) {
			var area = ReleaseComparison.this.dsl.select(AREA.CODE, AREA.NAME)
				.from(AREA)
				.where(AREA.AREA_ID.eq(now.key().area()))
				.fetchOne();
			String breakdown = ReleaseComparison.this.dsl.select(BREAKDOWN.LABEL)
				.from(BREAKDOWN)
				.where(BREAKDOWN.BREAKDOWN_ID.eq(now.key().breakdown()))
				.fetchOne(BREAKDOWN.LABEL);
			String value = now.value().stripTrailingZeros().toPlainString();
			String earlier = before.value().stripTrailingZeros().toPlainString();
			String series = area.value2() + " (" + area.value1() + ")"
					+ ("Total".equals(breakdown) ? "" : ", " + breakdown);
			String message = this.samePeriods
					? "for " + series + ", " + periodLabel(now.period()) + ", this release gives " + value + " where release "
							+ this.previousRelease + " gave " + earlier
					: "for " + series + ", " + periodLabel(now.period()) + " is " + value + " where "
							+ periodLabel(before.period()) + " (release " + this.previousRelease + ") was " + earlier;
			// the row of this file that gave the value, where this job wrote it
			WrittenRows.Place place = this.writtenRows.placeOf(now.indicator(), now.key().area(), now.period(),
					now.key().breakdown());
			Finding finding = Finding.of(QualityCheck.IMPLAUSIBLE_JUMP, this.fileName, place == null ? null : place.line(),
					now.key().column(), value, message + "; a change by a factor of more than "
							+ ReleaseComparison.this.policy.jumpFactor().stripTrailingZeros().toPlainString()
							+ " is worth checking against the publisher's notes");
			this.report.add(place != null && place.sheet() != null ? finding.inSheet(place.sheet()) : finding);
		}

		private String periodLabel(long period) {
			return ReleaseComparison.this.dsl.select(PERIOD.LABEL)
				.from(PERIOD)
				.where(PERIOD.PERIOD_ID.eq(period))
				.fetchOne(PERIOD.LABEL);
		}

	}

}
