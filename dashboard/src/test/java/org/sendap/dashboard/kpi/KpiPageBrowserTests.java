package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendap.dashboard.system.BrowserTests;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.springframework.web.client.RestClient;

/**
 * The KPI page in headless Chromium on the sample data: ECharts (served by the application) draws
 * the trend with one line per series, the ranking of all LAs and the breakdowns; the page's choices
 * (LA, comparators, each neighbour, period range) are in its URL; each chart's figures download as
 * CSV and Excel with their lineage, and the chart as a PNG picture.
 */
@DashboardIntegrationTest
class KpiPageBrowserTests extends BrowserTests {

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> series(String chartId) {
		return (List<Map<String, Object>>) ((JavascriptExecutor) this.session.browser())
			.executeScript("return echarts.getInstanceByDom(document.getElementById(arguments[0])).getOption().series"
					+ ".map(function (s) { return {name: s.name, data: s.data.map(function (d) {"
					+ " return d !== null && typeof d === 'object' ? d.value : d; })}; });", chartId);
	}

	@Test
	void trendIsDrawnWithOneLinePerSeriesAndTheSameFiguresAsItsTable() {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051");

		WebElement chart = this.session.drawnChart("kpi-chart");

		WebElement canvas = chart.findElement(By.tagName("canvas"));
		assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
		assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
		List<Map<String, Object>> series = series("kpi-chart");
		assertThat(series).extracting(line -> line.get("name"))
			.containsExactly("Shropshire", "England", "West Midlands", "Statistical neighbours (10)");
		List<?> shropshire = (List<?>) series.get(0).get("data");
		assertThat(((Number) shropshire.get(shropshire.size() - 1)).doubleValue()).isEqualTo(37.2);
		WebElement latestRow = this.session.browser().findElement(By.cssSelector("#kpi-table tbody tr"));
		assertThat(latestRow.findElement(By.tagName("th")).getText()).isEqualTo("2024");
		assertThat(latestRow.getText()).contains("37.2%", "268 of 720", "45.9%", "41.8%");
		assertThat(this.session.browser().findElement(By.id("kpi-summary")).getText())
			.isEqualTo("Shropshire 37.2% in 2024 (268 of 720), down from 38.0% in 2023; below England (45.9%), "
					+ "West Midlands (41.0%) and its statistical neighbours (41.8%), where higher is better.");
		this.session.screenshot("kpi-page.png");
	}

	@Test
	void rankingChartHasEveryLaWithShropshireHighlightedInItsQuartile() {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051");
		this.session.drawnChart("ranking-chart");

		List<?> bars = (List<?>) series("ranking-chart").get(0).get("data");

		assertThat(bars).hasSize(153);
		assertThat(this.session.browser().findElement(By.id("ranking-summary")).getText())
			.startsWith("Shropshire ranks 102nd of 153 local authorities in 2024 with 37.2%, quartile C");
		WebElement selectedRow = this.session.browser().findElement(By.cssSelector("#ranking-table .selected-row"));
		assertThat(selectedRow.getAttribute("textContent")).contains("102", "Shropshire", "37.2%", "C");
	}

	@Test
	void breakdownsOfTheSourceAreChartedWithTheirTables() {
		this.session.open("/kpis/ehcp-mainstream-pc?area=E06000051");
		this.session.drawnCharts();

		List<String> titles = this.session.browser()
			.findElements(By.cssSelector("#breakdowns h3"))
			.stream()
			.map(WebElement::getText)
			.toList();

		assertThat(titles).contains("EHC plans in mainstream schools by sex, Shropshire, 2024/25",
				"EHC plans in mainstream schools by years EHC plan in place, Shropshire, 2024/25");
		assertThat(titles).allSatisfy(title -> assertThat(title).endsWith("Shropshire, 2024/25"));
	}

	/** Every line of text ECharts drew in a chart, with its box in the chart's pixels, and the chart's size. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> chartText(String chartId) {
		return (Map<String, Object>) ((JavascriptExecutor) this.session.browser()).executeScript("""
				var zr = echarts.getInstanceByDom(document.getElementById(arguments[0])).getZr();
				var context = document.createElement('canvas').getContext('2d');
				var lines = [];
				zr.storage.getDisplayList(true).forEach(function (span) {
				  if (span.type !== 'tspan' || !span.style.text) return;
				  var style = span.style;
				  context.font = style.font;
				  var width = context.measureText(style.text).width;
				  var size = parseFloat(/(\\d+(\\.\\d+)?)px/.exec(style.font)[1]);
				  var x = style.x - (style.textAlign === 'right' || style.textAlign === 'end' ? width
				      : style.textAlign === 'center' ? width / 2 : 0);
				  var y = style.y - (style.textBaseline === 'middle' ? size / 2 : style.textBaseline === 'top' ? 0 : size);
				  var m = span.transform || [1, 0, 0, 1, 0, 0];
				  lines.push({ text: style.text, x: m[0] * x + m[2] * y + m[4], y: m[1] * x + m[3] * y + m[5],
				      width: width, height: size });
				});
				return { width: zr.getWidth(), height: zr.getHeight(), lines: lines };
				""", chartId);
	}

	/** Each bar of a chart's first series as ECharts laid it out: x, y, width and height. */
	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> bars(String chartId) {
		return (List<Map<String, Object>>) ((JavascriptExecutor) this.session.browser()).executeScript("""
				var data = echarts.getInstanceByDom(document.getElementById(arguments[0])).getModel()
				  .getSeriesByIndex(0).getData();
				var bars = [];
				for (var i = 0; i < data.count(); i++) {
				  var bar = data.getItemLayout(i);
				  if (bar && !isNaN(bar.y)) bars.push({ x: bar.x, y: bar.y, width: bar.width, height: bar.height });
				}
				return bars;
				""", chartId);
	}

	private static double number(Map<String, Object> box, String key) {
		return ((Number) box.get(key)).doubleValue();
	}

	@SuppressWarnings("unchecked")
	private void assertTextReadable(String chartId, String where) {
		Map<String, Object> chart = chartText(chartId);
		List<Map<String, Object>> lines = (List<Map<String, Object>>) chart.get("lines");
		double width = number(chart, "width");
		double height = number(chart, "height");
		assertThat(lines).as("%s %s: its text", where, chartId).isNotEmpty();
		for (Map<String, Object> line : lines) {
			assertThat(number(line, "x")).as("%s %s: '%s' not cut off on the left", where, chartId, line.get("text"))
				.isGreaterThanOrEqualTo(-0.5);
			assertThat(number(line, "x") + number(line, "width"))
				.as("%s %s: '%s' not cut off on the right", where, chartId, line.get("text"))
				.isLessThanOrEqualTo(width + 0.5);
			assertThat(number(line, "y")).as("%s %s: '%s' not cut off at the top", where, chartId, line.get("text"))
				.isGreaterThanOrEqualTo(-0.5);
			assertThat(number(line, "y") + number(line, "height"))
				.as("%s %s: '%s' not cut off at the bottom", where, chartId, line.get("text"))
				.isLessThanOrEqualTo(height + 0.5);
		}
		for (int i = 0; i < lines.size(); i++) {
			for (int j = i + 1; j < lines.size(); j++) {
				Map<String, Object> one = lines.get(i);
				Map<String, Object> other = lines.get(j);
				boolean overlap = number(one, "x") + number(one, "width") > number(other, "x") + 0.5
						&& number(other, "x") + number(other, "width") > number(one, "x") + 0.5
						&& number(one, "y") + number(one, "height") > number(other, "y") + 0.5
						&& number(other, "y") + number(other, "height") > number(one, "y") + 0.5;
				assertThat(overlap).as("%s %s: '%s' overlaps '%s'", where, chartId, one.get("text"), other.get("text"))
					.isFalse();
			}
		}
	}

	/**
	 * Breakdowns of 2 (sex), 14 (ethnicity), 16 and 24 (age) categories; the first and the last in the
	 * ranking, and an ICB with a long name.
	 */
	@ParameterizedTest(name = "{0} at {1} px")
	@CsvSource({ "/kpis/ehcp-issued-20wk?area=E06000051, 1300, 3", "/kpis/ehcp-issued-20wk?area=E06000051, 375, 3",
			"/kpis/ehcp-caseload?area=E06000051, 1300, 5", "/kpis/ehcp-caseload?area=E06000051, 375, 5",
			"/kpis/ehcp-issued-20wk?area=E09000003, 375, 3", "/kpis/ehcp-issued-20wk?area=E10000008, 375, 3",
			"/kpis/cyp-salt-waiting-list?area=QOC, 375, 0" })
	void breakdownAndRankingChartsReadRightAtADesktopsAndAPhonesWidth(String page, int width, int breakdownCharts) {
		try {
			this.session.windowWidth(width);
			this.session.open(page);
			this.session.drawnCharts();

			List<WebElement> breakdowns = this.session.browser().findElements(By.cssSelector("#breakdowns .chart"));
			assertThat(breakdowns).hasSize(breakdownCharts);
			for (WebElement breakdown : breakdowns) {
				String chartId = breakdown.getAttribute("id");
				assertTextReadable(chartId, page + " at " + width + " px");
				List<Map<String, Object>> bars = bars(chartId);
				for (int i = 1; i < bars.size(); i++) {
					double gap = number(bars.get(i), "y") - number(bars.get(i - 1), "y") - number(bars.get(i - 1), "height");
					assertThat(gap).as("%s at %d px, %s: room between bars %d and %d", page, width, chartId, i, i + 1)
						.isGreaterThanOrEqualTo(8);
				}
				assertThat(bars).allSatisfy(bar -> assertThat(number(bar, "height")).isGreaterThanOrEqualTo(16));
			}
			assertTextReadable("ranking-chart", page + " at " + width + " px");
			Number overflow = (Number) this.session.browser()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow.intValue()).as("the page fits %d px", width).isLessThanOrEqualTo(0);
			this.session.browser().executeScript("document.getElementById('ranking').scrollIntoView();");
			this.session.screenshot(page.replaceAll("[^A-Za-z0-9]+", "-").substring(1) + "-" + width + ".png");
		}
		finally {
			this.session.windowWidth(1300);
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void breakdownTableShowsEachBaseAndMarksTheSmallOnes() {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051");

		WebElement ethnicity = this.session.browser().findElement(By.id("breakdown-1"));
		assertThat(ethnicity.findElement(By.tagName("h3")).getText())
			.isEqualTo("EHC plans issued within 20 weeks (including exceptions) by ethnicity, Shropshire, 2024");
		assertThat(ethnicity.findElement(By.id("breakdown-1-summary")).getText())
			.startsWith("In 2024, by ethnicity: highest Unclassified (43.8%, 42 of 96), lowest Mixed - Any other "
					+ "Mixed background (10.0%, 1 of 10), of 14 categories.")
			.contains("10 categories have a base below 10, too few to compare, and are left out of highest and lowest");
		List<WebElement> headers = ethnicity.findElements(By.cssSelector(".breakdown-table thead th"));
		assertThat(headers.get(2).getAttribute("textContent")).isEqualTo("Base (out of)");
		List<WebElement> smallRows = ethnicity.findElements(By.cssSelector(".breakdown-table tr.small-base"));
		assertThat(smallRows).hasSize(10);
		WebElement pakistani = smallRows.stream()
			.filter(row -> row.findElement(By.tagName("th")).getAttribute("textContent").equals("Asian - Pakistani"))
			.findFirst()
			.orElseThrow();
		assertThat(pakistani.getAttribute("textContent")).contains("100.0%", "1 of 1", "Small base");
		List<Object> labels = (List<Object>) ((JavascriptExecutor) this.session.browser()).executeScript(
				"return echarts.getInstanceByDom(document.getElementById('breakdown-1-chart')).getOption().yAxis[0].data;");
		assertThat(labels).contains("Asian - Pakistani\n(base\u00a01)", "White - White British");
	}

	@Test
	void choicesAreInTheUrlSoALinkShowsTheSamePage() {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051&chosen=1&compare=england&each=1&from=2019&to=2023");
		this.session.drawnChart("kpi-chart");

		List<Map<String, Object>> series = series("kpi-chart");

		assertThat(series).extracting(line -> line.get("name"))
			.startsWith("Shropshire", "England")
			.contains("North Yorkshire (neighbour)")
			.doesNotContain("West Midlands", "Statistical neighbours (10)")
			.hasSize(12);
		assertThat((List<?>) series.get(0).get("data")).hasSize(5);
		assertThat(this.session.browser().findElement(By.id("benchmark-heading")).getText())
			.isEqualTo("How Shropshire compares, 2023");
		assertThat(this.session.browser().findElement(By.id("compare-region")).isSelected()).isFalse();
		assertThat(new Select(this.session.browser().findElement(By.id("to"))).getFirstSelectedOption().getText())
			.isEqualTo("2023");
	}

	@Test
	void localAuthorityCanBeSwitchedOnThePage() {
		this.session.open("/kpis/ehcp-issued-20wk");
		this.session.drawnChart("kpi-chart");

		new Select(this.session.browser().findElement(By.id("area"))).selectByVisibleText("Telford and Wrekin");
		this.session.browser().findElement(By.cssSelector(".kpi-options button[type=submit]")).click();

		new WebDriverWait(this.session.browser(), Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("area=E06000020"));
		this.session.drawnChart("kpi-chart");
		assertThat(this.session.browser().findElement(By.tagName("h1")).getText())
			.isEqualTo("EHC plans issued within 20 weeks (including exceptions)");
		assertThat(this.session.browser().findElement(By.id("kpi-summary")).getText()).contains("Telford and Wrekin");
	}

	@Test
	void trendFiguresDownloadAsCsvWithTheirLineage() throws IOException {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051");
		WebElement link = this.session.browser().findElement(By.cssSelector("#trend .downloads a[href*='.csv']"));

		link.click();
		Path csv = this.session.downloaded("ehcp-issued-20wk_E06000051_trend.csv");

		try (CSVParser parser = CSVParser.parse(Files.readString(csv, StandardCharsets.UTF_8).substring(1),
				CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<CSVRecord> rows = parser.getRecords();
			CSVRecord shropshire2024 = rows.stream()
				.filter(row -> row.get("area_code").equals("E06000051") && row.get("period").equals("2024"))
				.findFirst()
				.orElseThrow();
			assertThat(shropshire2024.get("value")).isEqualTo("37.2");
			assertThat(shropshire2024.get("numerator")).isEqualTo("268");
			assertThat(shropshire2024.get("denominator")).isEqualTo("720");
			assertThat(shropshire2024.get("file")).isEqualTo("timeliness_20_week.csv");
			assertThat(shropshire2024.get("sha256"))
				.isEqualTo("6720f74f5e4e32efecd27ca4335805c9fb766a07f4b661284ec06f4d4df6ef13");
			assertThat(shropshire2024.get("publication")).isEqualTo("Education, health and care plans");
			assertThat(rows).extracting(row -> row.get("series"))
				.contains("Shropshire", "England", "West Midlands", "Statistical neighbours (10)");
		}
	}

	@Test
	void rankingFiguresDownloadAsAnExcelWorkbook() throws IOException {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051");
		String href = this.session.browser()
			.findElement(By.cssSelector("#ranking .downloads a[href*='.xlsx']"))
			.getAttribute("href");

		byte[] workbook = RestClient.create().get().uri(href).retrieve().body(byte[].class);

		try (InputStream input = new java.io.ByteArrayInputStream(workbook); XSSFWorkbook excel = new XSSFWorkbook(input)) {
			Sheet figures = excel.getSheet("Figures");
			assertThat(figures.getLastRowNum()).isEqualTo(153);
			Row header = figures.getRow(0);
			assertThat(header.getCell(4).getStringCellValue()).isEqualTo("area_code");
			Row best = figures.getRow(1);
			assertThat(best.getCell(14).getNumericCellValue()).as("rank").isEqualTo(1);
			assertThat(excel.getSheet("About").getRow(0).getCell(1).getStringCellValue()).contains("ranked, 2024");
		}
	}

	@Test
	void chartDownloadsAsAPngPicture() throws IOException {
		this.session.open("/kpis/ehcp-issued-20wk?area=E06000051");
		this.session.drawnChart("kpi-chart");

		this.session.browser().findElement(By.cssSelector("#trend button.download-png")).click();
		Path png = this.session.downloaded("ehcp-issued-20wk_E06000051_trend.png");

		byte[] bytes = Files.readAllBytes(png);
		assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
		assertThat(bytes.length).isGreaterThan(10_000);
	}

}
