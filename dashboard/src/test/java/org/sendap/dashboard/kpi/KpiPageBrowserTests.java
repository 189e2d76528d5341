package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendap.dashboard.system.ChromiumAvailable;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The KPI page in headless Chromium: the chart is drawn by ECharts served by the application, with
 * one line per series, and the LA can be switched on the page.
 */
@DashboardIntegrationTest
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiPageBrowserTests {

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1280,1600",
				"--user-data-dir=" + Files.createTempDirectory("sendap-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		this.browser = new ChromeDriver(service, options);
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	private void open(String path) {
		this.browser.get("http://localhost:" + this.port + path);
	}

	private WebElement drawnChart() {
		return new WebDriverWait(this.browser, Duration.ofSeconds(20)).until(driver -> {
			WebElement chart = driver.findElement(By.id("kpi-chart"));
			return "true".equals(chart.getAttribute("data-chart-finished")) ? chart : null;
		});
	}

	@Test
	void chartIsDrawnWithOneLinePerSeries() throws IOException {
		open("/kpis/ehcp-issued-20wk?area=E06000051");

		WebElement chart = drawnChart();

		WebElement canvas = chart.findElement(By.tagName("canvas"));
		assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
		assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> series = (List<Map<String, Object>>) ((JavascriptExecutor) this.browser)
			.executeScript("return echarts.getInstanceByDom(document.getElementById('kpi-chart')).getOption().series"
					+ ".map(function (s) { return {name: s.name, last: s.data[s.data.length - 1]}; });");
		assertThat(series).extracting(line -> line.get("name"))
			.containsExactly("Shropshire", "England", "West Midlands", "Statistical neighbours (10)");
		assertThat(((Number) series.get(0).get("last")).doubleValue()).isEqualTo(37.2);
		assertThat(chart.getAttribute("aria-label")).contains("Shropshire", "37.2%");
		Path screenshot = Path.of("target", "kpi-page.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, this.browser.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void tableUnderTheChartHoldsTheSameFigures() {
		open("/kpis/ehcp-issued-20wk?area=893");
		drawnChart();

		WebElement latestRow = this.browser.findElement(By.cssSelector("#kpi-table tbody tr"));

		assertThat(latestRow.findElement(By.tagName("th")).getText()).isEqualTo("2024");
		assertThat(latestRow.getText()).contains("37.2%", "268 of 720", "45.9%");
	}

	@Test
	void localAuthorityCanBeSwitchedOnThePage() {
		open("/kpis/ehcp-issued-20wk");
		drawnChart();

		new Select(this.browser.findElement(By.id("area"))).selectByVisibleText("Telford and Wrekin");
		this.browser.findElement(By.cssSelector(".area-form button")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("area=E06000020"));
		drawnChart();
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.isEqualTo("EHC plans issued within 20 weeks (including exceptions)");
		assertThat(this.browser.findElement(By.id("kpi-summary")).getText()).contains("Telford and Wrekin");
	}

}
