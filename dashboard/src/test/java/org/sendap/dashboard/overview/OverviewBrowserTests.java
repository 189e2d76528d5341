package org.sendap.dashboard.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendap.dashboard.system.BrowserTests;
import org.sendap.dashboard.system.DashboardIntegrationTest;

/**
 * The overview in headless Chromium on the sample data: every KPI of the catalogue under its
 * priority, the three KPIs furthest behind England named at the top, the sources that are out of
 * date, and the LA switcher; at a phone's width the tiles stack and nothing overflows.
 */
@DashboardIntegrationTest
class OverviewBrowserTests extends BrowserTests {

	@Test
	void everyKpiIsOnTheOverviewUnderItsPriority() {
		this.session.open("/");

		List<WebElement> tiles = this.session.browser().findElements(By.cssSelector(".tile"));

		assertThat(tiles).hasSizeGreaterThanOrEqualTo(22);
		WebElement timeliness = this.session.browser().findElement(By.id("tile-ehcp-issued-20wk"));
		assertThat(timeliness.getText()).contains("37.2%", "in 2024", "England", "45.9%", "Statistical neighbours",
				"41.8%", "8.7 percentage points behind England", "Red: off target", "Quartile C", "Worsening since 2023");
		assertThat(timeliness.findElement(By.cssSelector("svg.sparkline")).getAttribute("aria-label"))
			.startsWith("Trend from 2014 to 2024");
		assertThat(this.session.browser().findElement(By.id("priority-5")).getText())
			.contains("Priority 5: Timely, good-quality EHC plans and reviews");
		assertThat(this.session.browser().findElement(By.id("tile-annual-review-decision-4wk-pc")).getText())
			.contains("No data yet", "annual_reviews.csv");
		this.session.screenshot("overview.png");
	}

	@Test
	void theThreeKpisFurthestBehindEnglandAreNamedFirst() {
		this.session.open("/");

		List<String> furthestBehind = this.session.browser()
			.findElements(By.cssSelector("#furthest-behind li"))
			.stream()
			.map(WebElement::getText)
			.toList();

		assertThat(furthestBehind).hasSize(3);
		assertThat(furthestBehind.get(0)).startsWith("EHC plans in independent or non-maintained special schools: 7.9%");
		assertThat(furthestBehind).anySatisfy(line -> assertThat(line).startsWith("EHC plans issued within 20 weeks (including exceptions): 37.2%")
			.contains("8.7 percentage points behind England (45.9%)"));
	}

	@Test
	void outOfDateSourcesAreListed() {
		this.session.open("/");

		String currency = this.session.browser().findElement(By.id("data-currency")).getAttribute("textContent");

		assertThat(currency).contains("sources are probably out of date", "Community Health Services Waiting Lists",
				"September 2023", "Out of date");
	}

	@Test
	void localAuthorityCanBeSwitched() {
		this.session.open("/");

		new Select(this.session.browser().findElement(By.id("area"))).selectByVisibleText("Leeds");
		this.session.browser().findElement(By.cssSelector(".area-switcher button")).click();

		new WebDriverWait(this.session.browser(), Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("area=E08000035"));
		assertThat(this.session.browser().findElement(By.tagName("h1")).getText()).isEqualTo("Leeds: how the area is doing");
		assertThat(this.session.browser().findElement(By.id("tile-ehcp-issued-20wk")).getText()).contains("9.3%");
		assertThat(this.session.browser()
			.findElement(By.cssSelector("#tile-ehcp-issued-20wk a"))
			.getAttribute("href")).endsWith("/kpis/ehcp-issued-20wk?area=E08000035");
	}

	/** With the keyboard alone: skip to the content, choose another LA, show it, follow a KPI's link. */
	@Test
	void keyboardAloneChoosesAnLaAndOpensAKpi() {
		this.session.open("/");
		Actions keys = new Actions(this.session.browser());

		keys.sendKeys(Keys.TAB).perform();
		assertThat(focused().getText()).isEqualTo("Skip to main content");
		this.session.browser().findElement(By.id("area")).sendKeys("Leeds");
		keys.sendKeys(Keys.TAB).perform();
		assertThat(focused().getText()).isEqualTo("Show");
		keys.sendKeys(Keys.ENTER).perform();
		new WebDriverWait(this.session.browser(), Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("area=E08000035"));
		WebElement link = this.session.browser().findElement(By.cssSelector("#tile-ehcp-issued-20wk a"));
		for (int tabs = 0; tabs < 200 && !focused().equals(link); tabs++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(focused()).as("the KPI's link, reached with the tab key").isEqualTo(link);
		keys.sendKeys(Keys.ENTER).perform();

		new WebDriverWait(this.session.browser(), Duration.ofSeconds(20))
			.until(driver -> driver.getCurrentUrl().contains("/kpis/ehcp-issued-20wk?area=E08000035"));
		assertThat(this.session.browser().findElement(By.id("kpi-summary")).getText()).startsWith("Leeds 9.3% in 2024");
	}

	private WebElement focused() {
		return this.session.browser().switchTo().activeElement();
	}

	@Test
	void atAPhonesWidthTheTilesStackAndNothingOverflows() {
		try {
			this.session.windowWidth(375);
			this.session.open("/");

			Number overflow = (Number) this.session.browser()
				.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
			assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
			this.session.screenshot("overview-375.png");
		}
		finally {
			this.session.windowWidth(1300);
		}
	}

}
