package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The ranking chart's label of the selected area: its name and value on lines of their own, in front
 * of the quartile lines, running from its bar towards the middle of the chart.
 */
class RankingChartTests {

	private static Kpi ehcpTimeliness() {
		return new Kpi("ehcp-issued-20wk", "EHC plans issued within 20 weeks (including exceptions)", "%", "higher", 5,
				null, "ratio", new BigDecimal("100"), 1, "la", "definition", "DfE", "Department for Education", null,
				List.of());
	}

	private static KpiRanking.RankedArea area(String code, String name, String value, int rank, String quartile) {
		return new KpiRanking.RankedArea(code, name, new BigDecimal(value), rank, quartile, 1L, null);
	}

	/** Some of the 153 LAs ranked in 2024 (DfE, EHC plans 2025 release): the first, around Shropshire, the last. */
	private static KpiRanking ranked2024(String selectedCode) {
		return new KpiRanking("2024", "2024", "local authorities", selectedCode,
				List.of(area("E09000003", "Barnet", "100.0", 1, "A"), area("E06000053", "Isles of Scilly", "100.0", 1, "A"),
						area("E06000012", "North East Lincolnshire", "37.4", 101, "C"),
						area("E06000051", "Shropshire", "37.2", 102, "C"), area("E10000034", "Worcestershire", "37.2", 102, "C"),
						area("E09000028", "Southwark", "36.7", 104, "C"), area("E06000044", "Portsmouth", "4.3", 151, "D"),
						area("E10000008", "Devon", "3.2", 153, "D")),
				new KpiBenchmark.Quartiles(new BigDecimal("29.4"), new BigDecimal("49.4"), new BigDecimal("78.6")));
	}

	private static JsonNode series(String selectedCode) {
		return new ObjectMapper().readTree(new RankingChart(ehcpTimeliness(), ranked2024(selectedCode)).optionJson())
			.get("series")
			.get(0);
	}

	@Test
	void selectedAreasNameAndValueAreOnLinesOfTheirOwnInFrontOfTheQuartileLines() {
		JsonNode series = series("E06000051");

		JsonNode mark = series.get("markPoint");
		JsonNode label = mark.get("data").get(0).get("label");
		assertThat(label.get("formatter").asString()).isEqualTo("Shropshire\n37.2%");
		assertThat(label.get("lineHeight").asInt()).isGreaterThanOrEqualTo(label.get("fontSize").asInt());
		assertThat(label.get("backgroundColor").asString()).isEqualTo("#ffffff");
		assertThat(mark.get("z").asInt()).isGreaterThan(series.get("markLine").get("z").asInt());
		assertThat(mark.get("data").get(0).get("coord").get(0).asInt()).as("Shropshire's bar").isEqualTo(3);
		assertThat(series.get("data").get(3).has("label")).as("no second label on the bar itself").isFalse();
	}

	@Test
	void theLabelRunsFromItsBarTowardsTheMiddleSoThatTheChartsEdgeNeverCutsItOff() {
		assertThat(series("E09000003").get("markPoint").get("data").get(0).get("label").get("align").asString())
			.as("the first bar's label runs right").isEqualTo("left");
		assertThat(series("E10000008").get("markPoint").get("data").get(0).get("label").get("align").asString())
			.as("the last bar's label runs left").isEqualTo("right");
	}

	@Test
	void withoutASelectedAreaInTheRankingNothingIsLabelled() {
		assertThat(series("E92000001").has("markPoint")).isFalse();
	}

}
