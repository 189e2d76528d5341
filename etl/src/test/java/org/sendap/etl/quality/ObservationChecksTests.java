package org.sendap.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendap.etl.ees.EesPeriods;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;

/**
 * The row checks on values like the 2025 timeliness file's (Shropshire 2023: 253 of 666 plans
 * within 20 weeks, 38.0 %), each bent one way.
 */
class ObservationChecksTests {

	private static final AreaRef SHROPSHIRE = new AreaRef(AreaRef.LOCAL_AUTHORITY, "E06000051", "893", "Shropshire", null);

	private final QualityReport report = new QualityReport(QualityPolicy.defaults());

	private final ObservationChecks checks = new ObservationChecks("timeliness_20_week.csv",
			Map.of("plans_issued_within_20_weeks", IndicatorKind.COUNT, "plans_issued_den", IndicatorKind.COUNT,
					"plans_issued_within_20_weeks_pc", IndicatorKind.PERCENTAGE),
			List.of(new ObservationChecks.RatioPair("plans_issued_within_20_weeks", List.of("plans_issued_den"))), this.report);

	@Test
	void publishedFiguresPassUnremarked() {
		this.checks.process(row("253", "666", "38.0"));

		assertThat(this.report.isEmpty()).isTrue();
	}

	@Test
	void percentageOverAHundredIsAWarningNamingLineColumnAndValue() {
		this.checks.process(row("253", "666", "380.0"));

		assertThat(this.report.kept()).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo(QualityCheck.PERCENTAGE_OVER_100);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.line()).isEqualTo(12);
			assertThat(finding.column()).isEqualTo("plans_issued_within_20_weeks_pc");
			assertThat(finding.value()).isEqualTo("380.0");
			assertThat(finding.message()).contains("Shropshire, 2023");
		});
	}

	@Test
	void negativeCountAndNumeratorAboveDenominatorAreWarnings() {
		this.checks.process(row("-253", "666", "38.0"));
		this.checks.process(row("700", "666", "38.0"));

		assertThat(this.report.kept()).extracting(Finding::check)
			.containsExactly(QualityCheck.NEGATIVE_COUNT, QualityCheck.NUMERATOR_ABOVE_DENOMINATOR);
		assertThat(this.report.kept().get(1).message())
			.contains("plans_issued_within_20_weeks (700) is larger than plans_issued_den (666)");
	}

	@Test
	void aConfiguredSeverityMakesAWarningAnError() {
		QualityReport strict = new QualityReport(new QualityPolicy(Map.of("negative-count", Severity.ERROR), null, null,
				null, null, null));
		new ObservationChecks("timeliness_20_week.csv", Map.of("plans_issued_den", IndicatorKind.COUNT), List.of(), strict)
			.process(row("253", "-666", "38.0"));

		assertThat(strict.errors()).isEqualTo(1);
	}

	@Test
	void suppressedValuesAreNotChecked() {
		Observation row = Observation.of(12, SHROPSHIRE, EesPeriods.parse("2023", "Calendar year").orElseThrow(),
				BreakdownRef.total(), List.of(ObservedValue.symbol("plans_issued_within_20_weeks_pc", "c")));

		this.checks.process(row);

		assertThat(this.report.isEmpty()).isTrue();
	}

	private static Observation row(String within, String all, String percent) {
		return Observation.of(12, SHROPSHIRE, EesPeriods.parse("2023", "Calendar year").orElseThrow(),
				BreakdownRef.total(),
				List.of(ObservedValue.number("plans_issued_within_20_weeks", new BigDecimal(within)),
						ObservedValue.number("plans_issued_den", new BigDecimal(all)),
						ObservedValue.number("plans_issued_within_20_weeks_pc", new BigDecimal(percent))));
	}

}
