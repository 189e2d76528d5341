package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendap.dashboard.system.BrowserTests;
import org.sendap.dashboard.system.DashboardIntegrationTest;

/**
 * The forecast page in headless Chromium: reached from the KPI page, the chart shows the history, the
 * forecast and its intervals; a commissioner sets a scenario, sees it against the baseline, and saves
 * it with a name.
 */
@DashboardIntegrationTest
class ForecastBrowserTests extends BrowserTests {

	@Test
	void forecastIsReachedFromTheKpiPageAndDrawnWithItsIntervals() {
		this.session.open("/kpis/ehcp-caseload?area=E06000051");
		this.session.browser().findElement(By.id("forecast-link")).click();

		this.session.drawnChart("forecast-chart");

		assertThat(this.session.browser().getCurrentUrl()).contains("/kpis/ehcp-caseload/forecast?area=E06000051");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> series = (List<Map<String, Object>>) ((JavascriptExecutor) this.session.browser())
			.executeScript("return echarts.getInstanceByDom(document.getElementById('forecast-chart')).getOption().series"
					+ ".map(function (s) { return {name: s.name}; });");
		assertThat(series).extracting(line -> line.get("name"))
			.contains("EHC plans maintained, published", "Forecast", "80% prediction interval", "95% prediction interval");
		assertThat(this.session.browser().findElements(By.cssSelector("#forecast-table tbody tr"))).hasSize(5);
		assertThat(this.session.browser().findElement(By.id("forecast-summary")).getText()).contains("forecasts", "2025/26",
				"Shropshire");
		assertThat(this.session.browser().findElement(By.cssSelector("#accuracy-table .selected-row")).getText())
			.contains("Chosen");
		this.session.screenshot("forecast.png");
	}

	@Test
	void scenarioIsShownAgainstTheBaselineAndSavedWithAName() {
		this.session.open("/kpis/ehc-requests/forecast?area=E06000051");
		WebElement growth = this.session.browser().findElement(By.id("growth"));
		growth.clear();
		growth.sendKeys("10");
		this.session.browser().findElement(By.cssSelector(".kpi-options button[type=submit]")).click();
		new WebDriverWait(this.session.browser(), Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("growth=10"));
		assertThat(this.session.browser().findElements(By.cssSelector("#forecast-table thead th")))
			.extracting(WebElement::getText)
			.contains("Baseline");

		WebElement name = this.session.browser().findElement(By.id("scenario-name"));
		name.sendKeys("Requests 10% higher");
		this.session.browser().findElement(By.cssSelector(".save-scenario button")).click();

		new WebDriverWait(this.session.browser(), Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("scenario="));
		assertThat(this.session.browser().findElement(By.id("forecast-heading")).getText())
			.isEqualTo("The forecast with the scenario: Requests 10% higher");
		assertThat(this.session.browser().findElement(By.id("saved-scenarios")).getText())
			.contains("Requests 10% higher", "growth 10% a period");
		assertThat(this.session.browser().findElement(By.cssSelector("a[href*='report.xlsx']")).getAttribute("href"))
			.contains("scenario=");
	}

}
