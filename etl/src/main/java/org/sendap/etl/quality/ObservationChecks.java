package org.sendap.etl.quality;

import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI_INPUT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * The checks made on each row as it streams past: percentages above 100, negative counts, and a
 * KPI's numerator above its denominator in the same row (the pairs come from the KPI catalogue).
 * Findings go to the import's report; the row passes on unchanged.
 */
public class ObservationChecks implements ItemProcessor<Observation, Observation> {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final String fileName;

	private final Map<String, IndicatorKind> kinds;

	private final List<RatioPair> ratios;

	private final QualityReport report;

	/**
	 * The numerator and denominator columns of a KPI layout that reads both from the same row (same
	 * breakdown, same period); a denominator of several columns is their sum.
	 */
	record RatioPair(String numerator, List<String> denominator) {

		static List<RatioPair> among(DSLContext dsl, Set<String> columns) {
			Map<List<Object>, List<String>> numerators = new LinkedHashMap<>();
			Map<List<Object>, List<String>> denominators = new LinkedHashMap<>();
			dsl.selectFrom(KPI_INPUT)
				.where(KPI_INPUT.ROLE.in("numerator", "denominator"))
				.orderBy(KPI_INPUT.KPI_CODE, KPI_INPUT.SOURCE_POSITION, KPI_INPUT.COLUMN_NAME)
				.forEach(input -> {
					List<Object> layout = Arrays.asList(input.getKpiCode(), input.getSourcePosition(),
							input.getBreakdownKeyHash(), input.getPeriodLagYears(), input.getDatasetName());
					(input.getRole().equals("numerator") ? numerators : denominators)
						.computeIfAbsent(layout, key -> new ArrayList<>())
						.add(input.getColumnName());
				});
			Set<RatioPair> pairs = new LinkedHashSet<>();
			numerators.forEach((layout, numerator) -> {
				List<String> denominator = denominators.get(layout);
				if (numerator.size() == 1 && denominator != null && columns.containsAll(numerator)
						&& columns.containsAll(denominator)) {
					pairs.add(new RatioPair(numerator.get(0), denominator));
				}
			});
			return List.copyOf(pairs);
		}

	}

	ObservationChecks(String fileName, Map<String, IndicatorKind> kinds, List<RatioPair> ratios, QualityReport report) {
		this.fileName = fileName;
		this.kinds = kinds;
		this.ratios = ratios;
		this.report = report;
	}

	public static ObservationChecks forDataset(DSLContext dsl, long datasetId, String fileName, QualityReport report) {
		Map<String, IndicatorKind> kinds = new HashMap<>();
		dsl.select(INDICATOR.COLUMN_NAME, INDICATOR.LABEL, INDICATOR.UNIT)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(datasetId))
			.forEach(record -> kinds.put(record.value1(), IndicatorKind.of(record.value1(), record.value2(), record.value3())));
		return new ObservationChecks(fileName, kinds, RatioPair.among(dsl, kinds.keySet()), report);
	}

	@Override
	public Observation process(Observation observation) {
		if (observation.isSkipped()) {
			return observation;
		}
		Map<String, BigDecimal> numbers = new HashMap<>();
		for (ObservedValue value : observation.values()) {
			if (value.value() == null) {
				continue;
			}
			numbers.put(value.indicatorColumn(), value.value());
			IndicatorKind kind = this.kinds.getOrDefault(value.indicatorColumn(), IndicatorKind.OTHER);
			if (kind == IndicatorKind.PERCENTAGE && value.value().compareTo(HUNDRED) > 0) {
				add(QualityCheck.PERCENTAGE_OVER_100, observation, value.sourceColumn(), value.value(),
						"a percentage above 100" + where(observation) + "; expected 0 to 100");
			}
			else if (kind == IndicatorKind.COUNT && value.value().signum() < 0) {
				add(QualityCheck.NEGATIVE_COUNT, observation, value.sourceColumn(), value.value(),
						"a negative count" + where(observation) + "; expected 0 or more");
			}
		}
		for (RatioPair ratio : this.ratios) {
			BigDecimal numerator = numbers.get(ratio.numerator());
			BigDecimal denominator = ratio.denominator().stream().allMatch(numbers::containsKey)
					? ratio.denominator().stream().map(numbers::get).reduce(BigDecimal.ZERO, BigDecimal::add) : null;
			if (numerator != null && denominator != null && numerator.compareTo(denominator) > 0) {
				add(QualityCheck.NUMERATOR_ABOVE_DENOMINATOR, observation, ratio.numerator(), numerator,
						ratio.numerator() + " (" + numerator.toPlainString() + ") is larger than "
								+ String.join(" + ", ratio.denominator()) + " (" + denominator.toPlainString() + ")" + where(observation)
								+ "; a KPI numerator counts part of its denominator");
			}
		}
		return observation;
	}

	private static String where(Observation observation) {
		return " for " + observation.area().name() + ", " + observation.period().label()
				+ (observation.breakdown().filters().isEmpty() ? "" : ", " + observation.breakdown().label());
	}

	private void add(QualityCheck check, Observation observation, String column, BigDecimal value, String message) {
		Finding finding = Finding.of(check, this.fileName, observation.line(), column, value.toPlainString(), message);
		this.report.add(observation.sheet() == null ? finding : finding.inSheet(observation.sheet()));
	}

}
