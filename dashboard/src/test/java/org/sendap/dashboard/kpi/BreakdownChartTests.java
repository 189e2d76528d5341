package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A breakdown's chart, summary and table on Shropshire's published figures: sized to its categories
 * and labels, and honest about categories too small to compare.
 */
class BreakdownChartTests {

	private static Kpi ehcpTimeliness() {
		return new Kpi("ehcp-issued-20wk", "EHC plans issued within 20 weeks (including exceptions)", "%", "higher", 5,
				null, "ratio", new BigDecimal("100"), 1, "la", "definition", "DfE", "Department for Education", null,
				List.of());
	}

	private static Kpi ehcpCaseload() {
		return new Kpi("ehcp-caseload", "EHC plans maintained", "count", "neutral", 1, null, "count", BigDecimal.ONE, 0,
				"la", "definition", "DfE", "Department for Education", null, List.of());
	}

	private static KpiBreakdown.Category rate(String label, int numerator, int denominator) {
		PeriodFigures figures = new PeriodFigures(1L, "2024", "2024", LocalDate.of(2024, 1, 1), BigDecimal.valueOf(numerator),
				null, BigDecimal.valueOf(denominator), null, 1, 0);
		return new KpiBreakdown.Category(label, KpiCalculator.point(ehcpTimeliness(), figures, false));
	}

	private static KpiBreakdown.Category count(String label, int count) {
		PeriodFigures figures = new PeriodFigures(1L, "202425", "2024/25", LocalDate.of(2024, 9, 1),
				BigDecimal.valueOf(count), null, null, null, 1, 0);
		return new KpiBreakdown.Category(label, KpiCalculator.point(ehcpCaseload(), figures, false));
	}

	private static KpiBreakdown.Category suppressed(String label) {
		PeriodFigures figures = new PeriodFigures(1L, "2024", "2024", LocalDate.of(2024, 1, 1), null, "c",
				BigDecimal.valueOf(4), null, 1, 1);
		return new KpiBreakdown.Category(label, KpiCalculator.point(ehcpTimeliness(), figures, false));
	}

	/** Shropshire's EHC plans issued within 20 weeks in 2024 by sex (DfE, EHC plans 2025 release). */
	private static BreakdownChart shropshireBySex() {
		return chart(ehcpTimeliness(), "Sex", "2024", List.of(rate("Female", 81, 210), rate("Male", 187, 510)));
	}

	/** The same by ethnicity: ten of its fourteen categories have fewer than ten plans. */
	private static BreakdownChart shropshireByEthnicity() {
		return chart(ehcpTimeliness(), "Ethnicity", "2024", List.of(rate("Any other ethnic group", 1, 2),
				rate("Asian - Any other Asian background", 1, 2), rate("Asian - Indian", 0, 1),
				rate("Asian - Pakistani", 1, 1), rate("Black - Black African", 1, 2),
				rate("Mixed - Any other Mixed background", 1, 10), rate("Mixed - White and Asian", 2, 8),
				rate("Mixed - White and Black African", 0, 1), rate("Mixed - White and Black Caribbean", 2, 4),
				rate("Unclassified", 42, 96), rate("White - Any other White background", 3, 15),
				rate("White - Gypsy/Roma", 1, 2), rate("White - Traveller of Irish heritage", 0, 1),
				rate("White - White British", 213, 575)));
	}

	/** Shropshire's EHC plans maintained in January 2025 by age: under 3 to age 25. */
	private static BreakdownChart shropshireCaseloadByAge() {
		int[] plans = { 3, 46, 144, 149, 173, 183, 183, 199, 211, 204, 209, 193, 207, 232, 200, 161, 132, 71, 54, 31, 17, 6,
				7, 1 };
		List<KpiBreakdown.Category> categories = new ArrayList<>();
		for (int i = 0; i < plans.length; i++) {
			categories.add(count(i == 0 ? "under 3" : "age " + (i + 2), plans[i]));
		}
		return chart(ehcpCaseload(), "Child or young persons age", "2024/25", categories);
	}

	private static BreakdownChart chart(Kpi kpi, String dimension, String period, List<KpiBreakdown.Category> categories) {
		return new BreakdownChart(kpi, "E06000051", "Shropshire", new KpiBreakdown(dimension, period, period, categories),
				1);
	}

	private static JsonNode option(BreakdownChart chart) {
		return new ObjectMapper().readTree(chart.optionJson());
	}

	@Test
	void twoCategoriesGetRowsWithRoomForTheirBarsAndLabels() {
		BreakdownLayout layout = shropshireBySex().layout();

		assertThat(layout.lines()).isEqualTo(1);
		assertThat(layout.rowHeight()).isEqualTo(BreakdownLayout.MIN_ROW_HEIGHT);
		assertThat(layout.rowHeight() - BreakdownLayout.BAR_WIDTH).as("room between bars").isGreaterThanOrEqualTo(12);
		assertThat(layout.rowHeight()).as("room for the label's line").isGreaterThan(BreakdownLayout.LINE_HEIGHT);
		// top, two rows, the value axis' labels, the edge
		assertThat(shropshireBySex().height()).isEqualTo(12 + 2 * 32 + 24 + 8);
	}

	@Test
	void manyCategoriesGrowTheChartRowByRowRatherThanSquashIt() {
		BreakdownLayout ages = shropshireCaseloadByAge().layout();

		assertThat(ages.rowHeight()).isEqualTo(shropshireBySex().layout().rowHeight());
		// 24 rows, and the value axis' name "count" under its labels
		assertThat(ages.height()).isEqualTo(12 + 24 * 32 + 24 + 8 + 22);
		JsonNode option = option(shropshireCaseloadByAge());
		assertThat(option.get("yAxis").get(0).get("axisLabel").get("interval").asInt()).as("every label shown").isZero();
		assertThat(option.get("xAxis").get(0).get("name").asString()).isEqualTo("count");
	}

	@Test
	void longLabelsWrapBetweenWordsAndTheirRowsMakeRoomForEveryLine() {
		BreakdownChart chart = shropshireByEthnicity();
		BreakdownLayout layout = chart.layout();

		assertThat(layout.labels()).contains("Mixed - White and Black\nCaribbean (base\u00a04)",
				"Asian - Pakistani\n(base\u00a01)", "Unclassified", "White - White British");
		assertThat(layout.lines()).isEqualTo(2);
		assertThat(layout.rowHeight()).isEqualTo(2 * BreakdownLayout.LINE_HEIGHT + 10);
		assertThat(chart.height()).isEqualTo(12 + 14 * 44 + 24 + 8);
		assertThat(layout.labels()).allSatisfy(label -> assertThat(label.lines())
			.allSatisfy(line -> assertThat(TextWidth.of(line, BreakdownLayout.FONT_SIZE))
				.isLessThanOrEqualTo(BreakdownLayout.LABEL_WIDTH)));
	}

	@Test
	void estimatedWidthsAreWithinAFewPercentOfArialAsChromiumDrawsIt() {
		// Widths at 13 px measured in Chromium with Liberation Sans, Arial's metric twin
		assertThat(TextWidth.of("White - White British", 13)).isCloseTo(117.74, withPercentage(5));
		assertThat(TextWidth.of("Children's Disability Team", 13)).isCloseTo(148.42, withPercentage(6));
		assertThat(TextWidth.of("Safeguarding North", 13)).isCloseTo(112.74, withPercentage(5));
		assertThat(TextWidth.of("18 to 25", 13)).isCloseTo(46.99, withPercentage(5));
	}

	@Test
	void aWordWiderThanTheColumnIsBrokenWithinIt() {
		List<String> lines = TextWidth.wrapped("Supercalifragilisticexpialidocious", 13, 100);

		assertThat(String.join("", lines)).isEqualTo("Supercalifragilisticexpialidocious");
		assertThat(lines).hasSizeGreaterThan(1)
			.allSatisfy(line -> assertThat(TextWidth.of(line, 13)).isLessThanOrEqualTo(100));
	}

	@Test
	void theFigureAtTheEndOfTheLongestBarHasRoomOnTheRight() {
		BreakdownChart chart = shropshireByEthnicity();

		JsonNode option = option(chart);
		assertThat(option.get("grid").get("right").asInt())
			.isEqualTo((int) Math.ceil(TextWidth.of("100.0%", BreakdownLayout.FONT_SIZE)) + 5 + 8);
		JsonNode pakistani = option.get("series").get(0).get("data").get(3);
		assertThat(pakistani.get("label").get("formatter").asString()).isEqualTo("100.0%");
	}

	@Test
	void smallBasesAreLeftOutOfHighestAndLowestAndTheSummarySaysSo() {
		assertThat(shropshireByEthnicity().summary()).isEqualTo("In 2024, by ethnicity: highest Unclassified "
				+ "(43.8%, 42 of 96), lowest Mixed - Any other Mixed background (10.0%, 1 of 10), of 14 categories. "
				+ "10 categories have a base below 10, too few to compare, and are left out of highest and lowest "
				+ "(marked in the chart and the table).");
	}

	@Test
	void aFewSmallBasesAreNamedWithTheirFigures() {
		BreakdownChart chart = chart(ehcpTimeliness(), "Sex", "2024",
				List.of(rate("Female", 81, 210), rate("Male", 187, 510), rate("Not known", 1, 1)));

		assertThat(chart.summary()).isEqualTo("In 2024, by sex: highest Female (38.6%, 81 of 210), lowest Male "
				+ "(36.7%, 187 of 510), of 3 categories. 1 category has a base below 10, too few to compare, and is "
				+ "left out of highest and lowest: Not known (100.0%, 1 of 1).");
	}

	@Test
	void withOneCategoryToCompareThereIsNoHighestOrLowest() {
		BreakdownChart chart = chart(ehcpTimeliness(), "Sex", "2024",
				List.of(rate("Female", 81, 210), rate("Male", 3, 7), suppressed("Not known")));

		assertThat(chart.summary()).isEqualTo("In 2024, by sex: only Female (38.6%, 81 of 210) has a base of 10 or "
				+ "more, of 3 categories, 1 suppressed or not available. 1 category has a base below 10, too few to "
				+ "compare, and is left out of highest and lowest: Male (42.9%, 3 of 7).");
	}

	@Test
	void withOnlySmallBasesNothingIsCalledHighest() {
		BreakdownChart chart = chart(ehcpTimeliness(), "Sex", "2024", List.of(rate("Female", 1, 1), rate("Male", 0, 2)));

		assertThat(chart.summary()).isEqualTo("In 2024, by sex: every category with a figure has a base below 10, of "
				+ "2 categories. 2 categories have a base below 10, too few to compare: Female (100.0%, 1 of 1) and "
				+ "Male (0.0%, 0 of 2).");
	}

	@Test
	void countsHaveNoBaseAndEveryCategoryIsCompared() {
		BreakdownChart chart = shropshireCaseloadByAge();

		assertThat(chart.hasBases()).isFalse();
		assertThat(chart.anySmallBase()).as("a count of 1 is a count, not a rate of a small base").isFalse();
		assertThat(chart.summary())
			.isEqualTo("In 2024/25, by child or young persons age: highest age 15 (232), lowest age 25 (1), of 24 categories.");
	}

	@Test
	void tableAndChartMarkEachSmallBase() {
		BreakdownChart chart = shropshireByEthnicity();
		KpiBreakdown.Category pakistani = chart.breakdown().categories().get(3);
		KpiBreakdown.Category whiteBritish = chart.breakdown().categories().get(13);

		assertThat(chart.hasBases()).isTrue();
		assertThat(chart.base(pakistani)).isEqualTo("1");
		assertThat(chart.smallBase(pakistani)).isTrue();
		assertThat(chart.base(whiteBritish)).isEqualTo("575");
		assertThat(chart.smallBase(whiteBritish)).isFalse();
		JsonNode bars = option(chart).get("series").get(0).get("data");
		assertThat(bars.get(3).get("itemStyle").get("borderType").asString()).isEqualTo("dashed");
		assertThat(bars.get(13).get("itemStyle").has("borderType")).isFalse();
	}

	@Test
	void aSuppressedCategoryHasNoBarAndItsSymbolBesideItsLabel() {
		BreakdownChart chart = chart(ehcpTimeliness(), "Sex", "2024", List.of(rate("Female", 81, 210), suppressed("Male")));

		JsonNode option = option(chart);
		assertThat(option.get("series").get(0).get("data").get(1).isNull()).isTrue();
		assertThat(option.get("yAxis").get(0).get("data").get(1).asString()).isEqualTo("Male (c)");
		assertThat(chart.anySuppressed()).isTrue();
	}

}
