package org.sendap.etl.pipeline;

import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.IMPORT_SKIP;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.QualityReport;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Writes the observations of one import as facts, resolving their dimensions, and counts the
 * rows that were skipped by reason, with the first few of each. Facts stay invisible until the import
 * is marked complete.
 */
public class FactWriter implements ItemWriter<Observation> {

	private final DSLContext dsl;

	private final long importId;

	private final Map<String, Long> indicatorIds;

	private final WarehouseDimensions dimensions;

	private final FactRows facts;

	/**
	 * The rows written so far and their lines, to name both lines of a repeated row rather than fail
	 * on the database's key violation.
	 */
	private final WrittenRows written;

	private final String fileName;

	private final QualityReport report;

	/** The first rows skipped for each reason, kept for the length of the load. */
	private final Map<String, SkipPlaces> skipPlaces = new HashMap<>();

	public FactWriter(DSLContext dsl, String fileName, long importId, Map<String, Long> indicatorIds,
			WrittenRows written, QualityReport report) {
		this.dsl = dsl;
		this.fileName = fileName;
		this.importId = importId;
		this.indicatorIds = indicatorIds;
		this.written = written;
		this.report = report;
		this.dimensions = new WarehouseDimensions(dsl, importId, this::reportNewArea);
		this.facts = FactRows.into(dsl);
	}

	private void reportNewArea(AreaRef area, Observation observation) {
		Finding finding = Finding.of(QualityCheck.UNKNOWN_AREA, this.fileName, observation.line(), null,
				area.code(), "the " + AreaRef.levelName(area.level()) + " " + area.code() + " (" + area.name()
						+ ") was not in the area dimension; it was added"
						+ (area.parent() == null ? "" : " under " + area.parent().name()));
		this.report.add(observation.sheet() == null ? finding : finding.inSheet(observation.sheet()));
	}

	@Override
	public void write(Chunk<? extends Observation> chunk) {
		Map<String, long[]> skips = new HashMap<>();
		for (Observation observation : chunk) {
			if (observation.isSkipped()) {
				tally(skips, observation.skipReason(), observation);
				continue;
			}
			Optional<Long> area = this.dimensions.area(observation.area(), observation);
			if (area.isEmpty()) {
				tally(skips, "local authority with old code " + observation.area().oldCode()
						+ " and no new_la_code is not in the warehouse", observation);
				continue;
			}
			long period = this.dimensions.period(observation.period());
			long breakdown = this.dimensions.breakdown(observation.breakdown());
			List<Long> indicators = observation.values()
				.stream()
				.map(value -> this.indicatorIds.get(value.indicatorColumn()))
				.toList();
			WrittenRows.Place earlier = this.written.remember(area.get(), period, breakdown, indicators,
					new WrittenRows.Place(observation.line(), observation.sheet()));
			if (earlier != null) {
				Finding finding = Finding.of(QualityCheck.DUPLICATE_KEY, this.fileName, observation.line(), null, null,
						"the row repeats " + (observation.sheet() == null ? "line " : "row ") + earlier.line()
								+ " for the same area (" + observation.area().name() + "), period (" + observation.period().label()
								+ ") and filter values (" + observation.breakdown().label()
								+ "); expected one row for each");
				this.report.add(observation.sheet() == null ? finding : finding.inSheet(observation.sheet()));
				continue;
			}
			for (int i = 0; i < indicators.size(); i++) {
				ObservedValue value = observation.values().get(i);
				this.facts.add(indicators.get(i), area.get(), period, breakdown, this.importId, value.value(),
						value.status());
			}
		}
		int sent = this.facts.send();
		if (sent > 0) {
			// Counted in the same transaction as the facts, so the count is right whatever happens next.
			this.dsl.update(IMPORT_RUN)
				.set(IMPORT_RUN.FACTS_WRITTEN, IMPORT_RUN.FACTS_WRITTEN.plus(sent))
				.where(IMPORT_RUN.IMPORT_ID.eq(this.importId))
				.execute();
		}
		skips.forEach(this::recordSkips);
	}

	private void tally(Map<String, long[]> skips, String reason, Observation observation) {
		long[] countAndFirstLine = skips.computeIfAbsent(reason, r -> new long[] { 0, observation.line() });
		countAndFirstLine[0]++;
		this.skipPlaces.computeIfAbsent(reason, r -> new SkipPlaces()).add(observation.sheet(), observation.line());
	}

	private void recordSkips(String reason, long[] countAndFirstLine) {
		String places = this.skipPlaces.get(reason).toString();
		int updated = this.dsl.update(IMPORT_SKIP)
			.set(IMPORT_SKIP.ROW_COUNT, IMPORT_SKIP.ROW_COUNT.plus(countAndFirstLine[0]))
			.set(IMPORT_SKIP.PLACES, places)
			.where(IMPORT_SKIP.IMPORT_ID.eq(this.importId).and(IMPORT_SKIP.REASON.eq(reason)))
			.execute();
		if (updated == 0) {
			this.dsl.insertInto(IMPORT_SKIP)
				.set(IMPORT_SKIP.IMPORT_ID, this.importId)
				.set(IMPORT_SKIP.REASON, reason)
				.set(IMPORT_SKIP.ROW_COUNT, countAndFirstLine[0])
				.set(IMPORT_SKIP.FIRST_LINE, countAndFirstLine[1])
				.set(IMPORT_SKIP.PLACES, places)
				.execute();
		}
	}

}
