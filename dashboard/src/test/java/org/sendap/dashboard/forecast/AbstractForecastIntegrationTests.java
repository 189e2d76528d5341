package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendap.dashboard.system.ApiClient;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/kpis/{code}/forecast} and the forecast reports on the shipped sample data (subclasses
 * choose the database): Shropshire's EHC plan caseload with the population-driven model beside the
 * baselines, the ICB's monthly waiting list, scenarios that move the forecast exactly as stated, and
 * the Excel, PDF and CSV reports.
 */
abstract class AbstractForecastIntegrationTests extends ApiClient {

	@Test
	void caseloadOfShropshireIsForecastFiveYearsWithItsMethodAccuracyAndIntervals() {
		JsonNode forecast = get("/api/v1/kpis/ehcp-caseload/forecast?area=E06000051");

		assertThat(forecast.get("method").asString()).isIn("damped-trend", "population", "last-value", "last-trend");
		assertThat(forecast.get("accuracy").get("mape").asDouble()).isPositive();
		assertThat(forecast.get("accuracy").get("mase").asDouble()).isPositive();
		JsonNode history = forecast.get("history");
		assertThat(history.get(history.size() - 1).get("label").asString()).isEqualTo("2024/25");
		assertThat(history.get(history.size() - 1).get("value").asInt()).isEqualTo(3016);
		assertThat(forecast.get("points")).extracting(point -> point.get("label").asString())
			.containsExactly("2025/26", "2026/27", "2027/28", "2028/29", "2029/30");
		forecast.get("points").forEach(point -> {
			assertThat(point.get("lower95").decimalValue()).isLessThanOrEqualTo(point.get("lower80").decimalValue());
			assertThat(point.get("lower80").decimalValue()).isLessThanOrEqualTo(point.get("value").decimalValue());
			assertThat(point.get("value").decimalValue()).isLessThanOrEqualTo(point.get("upper80").decimalValue());
			assertThat(point.get("upper80").decimalValue()).isLessThanOrEqualTo(point.get("upper95").decimalValue());
		});
		assertThat(forecast.get("methods")).extracting(method -> method.get("method").asString())
			.containsExactlyInAnyOrder("last-value", "last-trend", "damped-trend", "population");
		assertThat(forecast.get("methods")).filteredOn(method -> method.get("chosen").asBoolean()).hasSize(1);
		assertThat(forecast.get("assumptions").toString()).contains("ONS projection of children aged 0 to 17");
		assertThat(forecast.get("sources")).extracting(source -> source.get("file").asString()).contains("caseload.csv");
	}

	@Test
	void anLaWithoutAPopulationProjectionHasNoPopulationModel() {
		JsonNode forecast = get("/api/v1/kpis/ehcp-caseload/forecast?area=E08000035&horizon=3");

		assertThat(forecast.get("points")).hasSize(3);
		assertThat(forecast.get("methods")).extracting(method -> method.get("method").asString())
			.containsExactlyInAnyOrder("last-value", "last-trend", "damped-trend");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "ehcp-caseload, E06000051, la, 5", "ehcp-new-plans, E06000051, la, 5",
			"ehc-requests, E06000051, la, 5", "cin-rate-per-10k, E06000051, la, 5",
			"cyp-salt-waiting-list, E54000011, icb, 12", "cyp-community-paediatrics-waiting-list, E54000011, icb, 12" })
	void everyKpiTheCommissionersPlanWithIsForecastForShropshireOrItsIcb(String kpi, String area, String level,
			int periodsAhead) {
		JsonNode forecast = get("/api/v1/kpis/" + kpi + "/forecast?area=E06000051");

		assertThat(forecast.has("notAvailable")).as(forecast.path("notAvailable").asString()).isFalse();
		assertThat(forecast.get("area").get("code").asString()).isEqualTo(area);
		assertThat(forecast.get("area").get("level").asString()).isEqualTo(level);
		assertThat(forecast.get("points")).hasSize(periodsAhead);
		assertThat(forecast.get("accuracy").get("mase").asDouble()).isPositive();
		assertThat(forecast.get("methods")).extracting(method -> method.get("method").asString())
			.contains("last-value", "last-trend", "damped-trend");
		JsonNode first = forecast.get("points").get(0);
		assertThat(first.get("lower95").decimalValue()).isLessThan(first.get("upper95").decimalValue());
	}

	/** Calendar year 2014 holds the four months after EHC plans began: 4 new plans in Shropshire. */
	@Test
	void newPlansAreForecastFromTheFirstWholeYearOfEhcPlans() {
		JsonNode forecast = get("/api/v1/kpis/ehcp-new-plans/forecast?area=E06000051");
		JsonNode published = get("/api/v1/kpis/ehcp-new-plans/series?area=E06000051").get("series").get(0).get("points");

		assertThat(forecast.get("history").get(0).get("label").asString()).isEqualTo("2015");
		assertThat(forecast.get("history").get(0).get("value").asInt()).isEqualTo(178);
		assertThat(forecast.get("assumptions").toString())
			.contains("Periods that start before 1 January 2015 are left out: EHC plans began on 1 September 2014");
		assertThat(published.get(0).get("label").asString()).as("the published series keeps 2014").isEqualTo("2014");
		assertThat(published.get(0).get("value").asInt()).isEqualTo(4);
	}

	@Test
	void waitingListOfTheIcbIsForecastMonthByMonth() {
		JsonNode forecast = get("/api/v1/kpis/cyp-salt-waiting-list/forecast?area=E06000051");

		assertThat(forecast.get("area").get("code").asString()).isEqualTo("E54000011");
		assertThat(forecast.get("granularity").asString()).isEqualTo("month");
		assertThat(forecast.get("points")).hasSize(12);
		assertThat(forecast.get("points").get(0).get("label").asString()).isEqualTo("October 2023");
		JsonNode history = forecast.get("history");
		assertThat(history).hasSize(8);
		assertThat(history.get(7).get("label").asString()).isEqualTo("September 2023");
	}

	@Test
	void growthScenarioMultipliesTheBaselineByOnePlusTheGrowthToThePowerOfTheYearsAhead() {
		JsonNode forecast = get("/api/v1/kpis/ehc-requests/forecast?area=E06000051&growth=10");

		JsonNode points = forecast.get("points");
		JsonNode baseline = forecast.get("baseline");
		assertThat(forecast.get("scenario").get("growthPercent").decimalValue()).isEqualByComparingTo("10");
		for (int h = 1; h <= points.size(); h++) {
			double expected = baseline.get(h - 1).get("value").asDouble() * Math.pow(1.1, h);
			// the baseline is rounded to whole requests: at most half a request, times the growth
			assertThat(points.get(h - 1).get("value").asDouble()).isCloseTo(expected,
					org.assertj.core.api.Assertions.within(0.5 * Math.pow(1.1, h) + 0.5));
		}
	}

	@Test
	void placementShiftMovesTheStatedShareOfNewSpecialPlacementsToMainstream() {
		JsonNode special = get("/api/v1/kpis/ehcp-special-caseload/forecast?area=E06000051&shift=20");
		JsonNode mainstream = get("/api/v1/kpis/ehcp-mainstream-caseload/forecast?area=E06000051&shift=20");

		JsonNode history = special.get("history");
		double previous = history.get(history.size() - 1).get("value").asDouble();
		double moved = 0;
		for (int h = 0; h < special.get("points").size(); h++) {
			double baseline = special.get("baseline").get(h).get("value").asDouble();
			moved += 0.2 * Math.max(0, baseline - previous);
			previous = baseline;
			assertThat(special.get("points").get(h).get("value").asDouble()).as("special schools, year %d", h + 1)
				.isCloseTo(baseline - moved, org.assertj.core.api.Assertions.within(1.0 + 0.2 * (h + 1)));
			assertThat(mainstream.get("points").get(h).get("value").asDouble()
					- mainstream.get("baseline").get(h).get("value").asDouble()).as("mainstream schools, year %d", h + 1)
				.isCloseTo(moved, org.assertj.core.api.Assertions.within(1.0 + 0.2 * (h + 1)));
		}
	}

	@Test
	void aPercentageIsNotForecastAndAHorizonOutOfRangeIsABadRequest() {
		assertThat(get("/api/v1/kpis/ehcp-issued-20wk/forecast?area=E06000051").get("notAvailable").asString())
			.contains("percentage");
		assertThat(status("/api/v1/kpis/ehcp-caseload/forecast?area=E06000051&horizon=9"))
			.isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void excelReportHasItsSheetsAndANativeChart() throws IOException {
		byte[] report = bytes("/kpis/ehcp-caseload/forecast/report.xlsx?area=E06000051&growth=5");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report))) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
			assertThat(sheets).containsExactly("Summary", "Forecast", "Method and assumptions", "Backtest accuracy",
					"Data sources");
			XSSFSheet forecast = workbook.getSheet("Forecast");
			assertThat(forecast.getDrawingPatriarch().getCharts()).hasSize(1);
			assertThat(forecast.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount())
				.isEqualTo(5);
			assertThat(workbook.getSheet("Summary").getRow(1).getCell(1).getStringCellValue()).contains("Shropshire");
			assertThat(workbook.getSheet("Data sources").getLastRowNum()).isPositive();
		}
	}

	@Test
	void pdfReportNamesTheLaTheDateAndTheReleasesUsed() throws IOException {
		byte[] report = bytes("/kpis/ehcp-caseload/forecast/report.pdf?area=E06000051");

		try (PDDocument pdf = Loader.loadPDF(report)) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Forecast: EHC plans maintained", "Shropshire", "made ",
					"Education, health and care plans", "caseload.csv", "2029/30");
		}
	}

	@Test
	void csvHasTheHistoryThenTheForecast() {
		String csv = text("/kpis/ehcp-caseload/forecast/report.csv?area=E06000051");

		assertThat(csv).startsWith("\uFEFF" + String.join(",", ForecastRows.COLUMNS));
		assertThat(csv).contains("ehcp-caseload,E06000051,Shropshire,202425,2024/25,published,3016,");
		assertThat(csv).contains(",2029/30,forecast,");
		assertThat(new BigDecimal(csv.lines().filter(line -> line.contains(",2025/26,forecast,")).findFirst().orElseThrow()
			.split(",")[6])).isPositive();
	}

}
