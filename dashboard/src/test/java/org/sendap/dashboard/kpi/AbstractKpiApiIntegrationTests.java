package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendap.dashboard.system.ApiClient;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * The JSON API and the KPI page on the real sample data (EHC plans 2022 release zip and the 2025
 * timeliness file; the NHS waiting-list workbooks of January to September 2023), checked against the figures DfE and
 * NHS England published. Run on H2 and on PostgreSQL.
 */
abstract class AbstractKpiApiIntegrationTests extends ApiClient {

	private static JsonNode series(JsonNode body, String role) {
		for (JsonNode series : body.get("series")) {
			if (series.get("role").asString().equals(role)) {
				return series;
			}
		}
		throw new AssertionError("no " + role + " series in " + body);
	}

	private static JsonNode point(JsonNode series, String period) {
		for (JsonNode point : series.get("points")) {
			if (point.get("period").asString().equals(period)) {
				return point;
			}
		}
		throw new AssertionError("no point for " + period + " in " + series);
	}

	private static String value(JsonNode series, String period) {
		return point(series, period).get("value").decimalValue().toPlainString();
	}

	@Test
	void catalogueListsTheTwentyWeekTimelinessKpis() {
		JsonNode kpis = get("/api/v1/kpis");

		List<String> codes = new ArrayList<>();
		kpis.forEach(kpi -> codes.add(kpi.get("code").asString()));
		assertThat(codes).contains("ehcp-issued-20wk", "ehcp-issued-20wk-ex");
		JsonNode first = kpis.get(0);
		assertThat(first.has("name") && first.has("unit") && first.has("polarity") && first.has("priority")).isTrue();
	}

	@Test
	void shropshireTimelinessMatchesThePublishedFiguresAcrossBothReleases() {
		JsonNode body = get("/api/v1/kpis/ehcp-issued-20wk/series?area=E06000051");

		JsonNode shropshire = series(body, "selected");
		assertThat(shropshire.get("area").get("name").asString()).isEqualTo("Shropshire");
		assertThat(value(shropshire, "2018")).isEqualTo("78.7");
		assertThat(value(shropshire, "2021")).isEqualTo("66.1");
		assertThat(value(shropshire, "2022")).isEqualTo("45.9");
		assertThat(value(shropshire, "2023")).isEqualTo("38.0");
		assertThat(value(shropshire, "2024")).isEqualTo("37.2");
		JsonNode latest = point(shropshire, "2023");
		assertThat(latest.get("numerator").asInt()).isEqualTo(253);
		assertThat(latest.get("denominator").asInt()).isEqualTo(666);
		assertThat(latest.get("label").asString()).isEqualTo("2023");
		assertThat(body.get("kpi").get("unit").asString()).isEqualTo("%");
	}

	@Test
	void englandTimelinessMatchesThePublishedFigures() {
		JsonNode england = series(get("/api/v1/kpis/ehcp-issued-20wk/series?area=893"), "england");

		assertThat(england.get("area").get("code").asString()).isEqualTo("E92000001");
		assertThat(value(england, "2018")).isEqualTo("58.0");
		assertThat(value(england, "2023")).isEqualTo("49.1");
		assertThat(value(england, "2024")).isEqualTo("45.9");
		JsonNode excludingExceptions = series(get("/api/v1/kpis/ehcp-issued-20wk-ex/series?area=E92000001"),
				"selected");
		assertThat(value(excludingExceptions, "2023")).isEqualTo("50.3");
	}

	@Test
	void oldLaCodeNewCodeAndTheirSeriesAgree() {
		JsonNode byNewCode = get("/api/v1/kpis/ehcp-issued-20wk/series?area=E06000051");
		JsonNode byOldCode = get("/api/v1/kpis/ehcp-issued-20wk/series?area=893");

		assertThat(byOldCode).isEqualTo(byNewCode);
	}

	@Test
	void pointsAreInTimeOrderWithTheSourcesOwnPeriods() {
		JsonNode shropshire = series(get("/api/v1/kpis/ehcp-issued-20wk/series?area=E06000051"), "selected");

		List<String> periods = new ArrayList<>();
		shropshire.get("points").forEach(point -> periods.add(point.get("period").asString()));
		assertThat(periods).isSorted().contains("2014", "2024").doesNotHaveDuplicates();
	}

	@Test
	void regionIsTheWestMidlandsPublishedFigure() {
		JsonNode region = series(get("/api/v1/kpis/ehcp-issued-20wk/series?area=E06000051"), "region");

		assertThat(region.get("area").get("code").asString()).isEqualTo("E12000005");
		assertThat(region.get("area").get("level").asString()).isEqualTo("region");
		// West Midlands 2024: 3,920 of 9,558 plans within 20 weeks
		assertThat(point(region, "2024").get("numerator").asInt()).isEqualTo(3920);
		assertThat(value(region, "2024")).isEqualTo("41.0");
	}

	@Test
	void neighboursRateIsSummedNumeratorsOverSummedDenominatorsOfTheTenNeighbours() {
		JsonNode neighbours = series(get("/api/v1/kpis/ehcp-issued-20wk/series?area=E06000051"), "neighbours");

		assertThat(neighbours.get("members")).hasSize(10);
		assertThat(neighbours.get("members").get(0).get("name").asString()).isEqualTo("North Yorkshire");
		JsonNode latest = point(neighbours, "2024");
		assertThat(latest.get("areas").asInt()).isEqualTo(10);
		assertThat(latest.get("numerator").asInt()).isEqualTo(3087);
		assertThat(latest.get("denominator").asInt()).isEqualTo(7394);
		// 3087 / 7394 = 41.75 %: the average of the ten rates would be a different number
		assertThat(value(neighbours, "2024")).isEqualTo("41.8");
	}

	@Test
	void observationsReturnEveryImportedValueWithItsBreakdown() {
		JsonNode observations = get(
				"/api/v1/observations?indicator=plans_issued_within_20_weeks&area=893&dataset=timeliness_20_week");

		JsonNode all2023 = null;
		for (JsonNode observation : observations) {
			if (observation.get("period").asString().equals("2023")
					&& observation.get("breakdown").get("breakdown").asString().equals("All EHC plans issued")) {
				all2023 = observation;
			}
		}
		assertThat(all2023).isNotNull();
		assertThat(all2023.get("value").asInt()).isEqualTo(253);
		assertThat(all2023.get("dataset").asString()).isEqualTo("timeliness_20_week");
		assertThat(all2023.get("breakdown").get("breakdown_topic").asString()).isEqualTo("All EHC plans issued");
		assertThat(observations.size()).isGreaterThan(20);
	}

	@Test
	void nhsObservationsAreFoundByTheIcbsOdsOrOnsCodeAndABreakdownFilter() {
		String salt = "service:(CYP) Therapy interventions: Speech and language";
		for (String icb : List.of("QOC", "E54000011", "qoc")) {
			JsonNode observations = get("/api/v1/observations?indicator=waiting_list_total&area=" + icb + "&filter=" + salt);

			assertThat(observations.size()).as("%s: a month of each of the eight workbooks", icb).isEqualTo(8);
			JsonNode july = observations.get(6);
			assertThat(july.get("label").asString()).isEqualTo("July 2023");
			assertThat(july.get("start").asString()).isEqualTo("2023-07-01");
			assertThat(july.get("value").asInt()).isEqualTo(664);
			assertThat(july.get("release").get("publication").asString())
				.isEqualTo("Community Health Services Waiting Lists");
			assertThat(july.get("breakdown").get("service").asString())
				.isEqualTo("(CYP) Therapy interventions: Speech and language");
			assertThat(july.get("importId").asLong()).isPositive();
			// The November 2023 edition, whose ICB rows carry their ODS code in a column of their own
			JsonNode september = observations.get(7);
			assertThat(september.get("label").asString()).isEqualTo("September 2023");
			assertThat(september.get("value").asInt()).isEqualTo(571);
			assertThat(september.get("release").get("label").asString()).isEqualTo("September 2023");
		}
		assertThat(status("/api/v1/observations?indicator=waiting_list_total&area=QOC&filter=no-colon"))
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void monthlyObservationsAreNamedByTheirMonthAsTheBenchmarkNamesThem() {
		JsonNode observations = get("/api/v1/observations?indicator=waiting_list_total&area=QOC"
				+ "&filter=service:(CYP) Therapy interventions: Speech and language");

		List<String> periods = new ArrayList<>();
		observations.forEach(observation -> periods.add(observation.get("period").asString()));
		// the workbooks of March to September 2023 and November 2023 (August's figures came in October's)
		assertThat(periods).containsExactly("2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07",
				"2023-09");
		JsonNode september = observations.get(7);
		assertThat(september.get("value").asInt()).as("NHS England's figure, November 2023 workbook, Table 4").isEqualTo(571);
		assertThat(get("/api/v1/kpis/cyp-salt-waiting-list/benchmark?area=QOC&period=" + september.get("period").asString())
			.get("value").asInt()).isEqualTo(571);
		JsonNode july = observations.get(6);
		assertThat(july.get("label").asString()).isEqualTo("July 2023");
		assertThat(july.get("start").asString()).isEqualTo("2023-07-01");
		assertThat(july.get("end").asString()).isEqualTo("2023-07-31");
		JsonNode benchmark = get("/api/v1/kpis/cyp-salt-waiting-list/benchmark?area=QOC&period="
				+ july.get("period").asString());
		assertThat(benchmark.get("period").asString()).isEqualTo("2023-07");
		assertThat(benchmark.get("value").decimalValue()).isEqualByComparingTo(july.get("value").decimalValue());
	}

	@Test
	void suppressedObservationKeepsItsSymbolAndNoValue() {
		JsonNode observations = get("/api/v1/observations?indicator=plans_issued_gt_1_year&area=E06000051");

		JsonNode unavailable2019 = null;
		for (JsonNode observation : observations) {
			if (observation.get("period").asString().equals("2019")) {
				unavailable2019 = observation;
			}
		}
		assertThat(unavailable2019).isNotNull();
		assertThat(unavailable2019.get("status").asString()).isEqualTo("x");
		assertThat(unavailable2019.get("value").isNull()).isTrue();
	}

	@Test
	void unknownKpiOrAreaIsNotFound() {
		assertThat(status("/api/v1/kpis/no-such-kpi/series?area=893")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("/api/v1/kpis/ehcp-issued-20wk/series?area=X99")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("/kpis/ehcp-issued-20wk?area=X99")).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void kpiPageShowsTheFiguresAsATableAndServesEchartsItself() {
		String page = this.client.get().uri("/kpis/ehcp-issued-20wk?area=893").retrieve().body(String.class);

		assertThat(page).contains("<table id=\"kpi-table\"", "37.2%", "268 of 720", "41,448 of 90,392", "45.9%", "West Midlands",
				"Statistical neighbours (10)", "/webjars/echarts/5.5.0/echarts.min.js");
		assertThat(page).doesNotContain("cdn.jsdelivr", "unpkg.com", "<script src=\"http");
		assertThat(this.client.get().uri("/webjars/echarts/5.5.0/echarts.min.js").retrieve().toBodilessEntity()
			.getStatusCode()
			.is2xxSuccessful()).isTrue();
	}

	@Test
	void anotherLocalAuthorityWorksByChangingTheAreaAlone() {
		JsonNode body = get("/api/v1/kpis/ehcp-issued-20wk/series?area=E08000025");

		assertThat(series(body, "selected").get("area").get("name").asString()).isEqualTo("Birmingham");
		assertThat(series(body, "region").get("area").get("code").asString()).isEqualTo("E12000005");
		assertThat(series(body, "neighbours").get("members")).hasSize(10);
		assertThat(series(body, "selected").get("points").size()).isGreaterThan(5);
	}

}
