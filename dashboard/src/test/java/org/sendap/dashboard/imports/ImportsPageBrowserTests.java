package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendap.dashboard.system.BrowserTests;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * The import history page in headless Chromium: it loads without console errors, a file uploaded
 * through its form is imported and its outcome shown, and a file over the limit is stopped before
 * it is sent. An import's findings fit the page, wide or narrow.
 */
@DashboardIntegrationTest
class ImportsPageBrowserTests extends BrowserTests {

	/**
	 * Referrals and re-referrals (DfE children in need), the rows of 2025: uploaded only by this test (the
	 * API tests upload the whole time series).
	 */
	static final String REFERRALS = "ees-children-in-need-2025/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

	private static Path referrals() throws IOException {
		return new ClassPathResource(REFERRALS).getFile().toPath().toAbsolutePath();
	}

	@Test
	void historyPageLoadsWithoutConsoleErrors() throws IOException {
		this.session.consoleErrors();

		this.session.open("/imports");

		WebElement table = this.session.browser().findElement(By.id("imports-table"));
		assertThat(table.getText()).contains("sen2_mi.csv", "timeliness_20_week.csv", "Completed");
		assertThat(this.session.browser().findElement(By.cssSelector(".govuk-service-navigation__item--active a")).getText())
			.isEqualTo("Import history");
		assertThat(this.session.consoleErrors()).isEmpty();
		this.session.screenshot("imports-page.png");
	}

	@Test
	void fileUploadedThroughTheFormIsImportedAndItsOutcomeShown() throws Exception {
		this.session.open("/imports");

		this.session.browser().findElement(By.id("file")).sendKeys(referrals().toString());
		this.session.browser().findElement(By.id("upload-submit")).click();

		new WebDriverWait(this.session.browser(), Duration.ofSeconds(90))
			.until(driver -> driver.getCurrentUrl().matches(".*/imports/\\d+$"));
		assertThat(this.session.browser().findElement(By.tagName("h1")).getText())
			.endsWith(": c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
		String outcome = this.session.browser().findElement(By.cssSelector(".upload-results")).getText();
		assertThat(outcome).contains("IMPORTED", "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
				"Rows read: 165.");
		assertThat(this.session.browser().findElement(By.cssSelector(".status-line")).getText()).contains("Completed");
		assertThat(this.session.consoleErrors()).isEmpty();
		this.session.screenshot("imports-upload-outcome.png");

		this.session.open("/imports");
		WebElement newest = this.session.browser().findElement(By.cssSelector("#imports-table tbody tr"));
		assertThat(newest.getText()).contains("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", "upload",
				"Completed", "165");
	}

	@Test
	void findingsFitThePageWidthWithTheirMessagesWrapped() throws IOException {
		// The first workbook imported: the providers of its findings were new to the warehouse
		long workbook = importIdOf("community_health_2023-03-01.xlsx");
		try {
			for (int width : List.of(1300, 800)) {
				this.session.windowWidth(width);

				this.session.open("/imports/" + workbook);

				WebElement table = this.session.browser().findElement(By.id("findings-table"));
				WebElement frame = table.findElement(By.xpath(".."));
				assertThat(scrollWidth(frame)).as("table width at a %d px window", width)
					.isLessThanOrEqualTo(clientWidth(frame));
				WebElement firstRow = table.findElement(By.cssSelector("tbody tr"));
				List<WebElement> cells = firstRow.findElements(By.tagName("td"));
				WebElement message = cells.get(cells.size() - 1);
				assertThat(message.getText()).startsWith("the provider provider:");
				WebElement main = this.session.browser().findElement(By.id("main"));
				assertThat(message.getRect().getX() + message.getRect().getWidth())
					.isLessThanOrEqualTo(main.getRect().getX() + main.getRect().getWidth());
				assertThat(firstRow.getRect().getHeight()).as("row height at a %d px window", width).isLessThan(120);
				this.session.screenshot("import-findings-" + width + ".png");
			}
		}
		finally {
			this.session.windowWidth(1300);
		}
	}

	@Test
	void fileOverTheLimitIsStoppedBeforeItIsSent() throws IOException {
		Path huge = Files.createTempFile("sendap-huge", ".csv");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(DataSize.ofMegabytes(100).toBytes() + 1);
		}
		try {
			this.session.open("/imports");
			String firstRowBefore = this.session.browser().findElement(By.cssSelector("#imports-table tbody tr")).getText();

			this.session.browser().findElement(By.id("file")).sendKeys(huge.toString());
			this.session.browser().findElement(By.id("upload-submit")).click();

			WebElement error = this.session.browser().findElement(By.id("file-error"));
			assertThat(error.isDisplayed()).isTrue();
			assertThat(error.getText()).startsWith("The file is larger than the upload limit of 100 MB.");
			assertThat(this.session.browser().getCurrentUrl()).endsWith("/imports");
			assertThat(this.session.browser().switchTo().activeElement().getAttribute("id")).isEqualTo("file");
			this.session.open("/imports");
			assertThat(this.session.browser().findElement(By.cssSelector("#imports-table tbody tr")).getText())
				.isEqualTo(firstRowBefore);
		}
		finally {
			Files.delete(huge);
		}
	}

	private long importIdOf(String file) {
		JsonNode imports = RestClient.create("http://localhost:" + this.port)
			.get()
			.uri("/api/v1/imports?limit=1000")
			.retrieve()
			.body(JsonNode.class);
		for (JsonNode run : imports) {
			if (run.get("file").asString().equals(file)) {
				return run.get("importId").asLong();
			}
		}
		throw new AssertionError("no import of " + file);
	}

	private long scrollWidth(WebElement element) {
		return (Long) this.session.browser().executeScript("return arguments[0].scrollWidth", element);
	}

	private long clientWidth(WebElement element) {
		return (Long) this.session.browser().executeScript("return arguments[0].clientWidth", element);
	}

}
