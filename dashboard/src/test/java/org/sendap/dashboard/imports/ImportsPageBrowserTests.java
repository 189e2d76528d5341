package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sendap.dashboard.system.ChromiumAvailable;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
@ExtendWith(ChromiumAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsPageBrowserTests {

	/**
	 * Referrals and re-referrals (DfE children in need), the rows of 2025: uploaded only by this test (the
	 * API tests upload the whole time series).
	 */
	static final String REFERRALS = "ees-children-in-need-2025/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

	@LocalServerPort
	int port;

	private ChromeDriver browser;

	@BeforeAll
	void startBrowser() throws IOException {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--disable-quic", "--window-size=1300,1600",
				"--user-data-dir=" + Files.createTempDirectory("sendap-chromium"));
		LoggingPreferences logging = new LoggingPreferences();
		logging.enable(LogType.BROWSER, Level.ALL);
		options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
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

	private List<LogEntry> consoleErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.toList();
	}

	private static Path referrals() throws IOException {
		return new ClassPathResource(REFERRALS).getFile().toPath().toAbsolutePath();
	}

	private void screenshot(String name) throws IOException {
		Path file = Path.of("target", name);
		Files.createDirectories(file.getParent());
		Files.write(file, this.browser.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void historyPageLoadsWithoutConsoleErrors() throws IOException {
		consoleErrors();

		open("/imports");

		WebElement table = this.browser.findElement(By.id("imports-table"));
		assertThat(table.getText()).contains("sen2_mi.csv", "timeliness_20_week.csv", "Completed");
		assertThat(this.browser.findElement(By.cssSelector(".govuk-service-navigation__item--active a")).getText())
			.isEqualTo("Import history");
		assertThat(consoleErrors()).isEmpty();
		screenshot("imports-page.png");
	}

	@Test
	void fileUploadedThroughTheFormIsImportedAndItsOutcomeShown() throws Exception {
		open("/imports");

		this.browser.findElement(By.id("file")).sendKeys(referrals().toString());
		this.browser.findElement(By.id("upload-submit")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(90))
			.until(driver -> driver.getCurrentUrl().matches(".*/imports/\\d+$"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText())
			.endsWith(": c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv");
		String outcome = this.browser.findElement(By.cssSelector(".upload-results")).getText();
		assertThat(outcome).contains("IMPORTED", "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
				"Rows read: 165.");
		assertThat(this.browser.findElement(By.cssSelector(".status-line")).getText()).contains("Completed");
		assertThat(consoleErrors()).isEmpty();
		screenshot("imports-upload-outcome.png");

		open("/imports");
		WebElement newest = this.browser.findElement(By.cssSelector("#imports-table tbody tr"));
		assertThat(newest.getText()).contains("c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv", "upload",
				"Completed", "165");
	}

	@Test
	void findingsFitThePageWidthWithTheirMessagesWrapped() throws IOException {
		// The first workbook imported: the providers of its findings were new to the warehouse
		long workbook = importIdOf("community_health_2023-03-01.xlsx");
		try {
			for (int width : List.of(1300, 800)) {
				this.browser.manage().window().setSize(new Dimension(width, 1600));

				open("/imports/" + workbook);

				WebElement table = this.browser.findElement(By.id("findings-table"));
				WebElement frame = table.findElement(By.xpath(".."));
				assertThat(scrollWidth(frame)).as("table width at a %d px window", width)
					.isLessThanOrEqualTo(clientWidth(frame));
				WebElement firstRow = table.findElement(By.cssSelector("tbody tr"));
				List<WebElement> cells = firstRow.findElements(By.tagName("td"));
				WebElement message = cells.get(cells.size() - 1);
				assertThat(message.getText()).startsWith("the provider provider:");
				WebElement main = this.browser.findElement(By.id("main"));
				assertThat(message.getRect().getX() + message.getRect().getWidth())
					.isLessThanOrEqualTo(main.getRect().getX() + main.getRect().getWidth());
				assertThat(firstRow.getRect().getHeight()).as("row height at a %d px window", width).isLessThan(120);
				screenshot("import-findings-" + width + ".png");
			}
		}
		finally {
			this.browser.manage().window().setSize(new Dimension(1300, 1600));
		}
	}

	@Test
	void fileOverTheLimitIsStoppedBeforeItIsSent() throws IOException {
		Path huge = Files.createTempFile("sendap-huge", ".csv");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(DataSize.ofMegabytes(100).toBytes() + 1);
		}
		try {
			open("/imports");
			String firstRowBefore = this.browser.findElement(By.cssSelector("#imports-table tbody tr")).getText();

			this.browser.findElement(By.id("file")).sendKeys(huge.toString());
			this.browser.findElement(By.id("upload-submit")).click();

			WebElement error = this.browser.findElement(By.id("file-error"));
			assertThat(error.isDisplayed()).isTrue();
			assertThat(error.getText()).startsWith("The file is larger than the upload limit of 100 MB.");
			assertThat(this.browser.getCurrentUrl()).endsWith("/imports");
			assertThat(this.browser.switchTo().activeElement().getAttribute("id")).isEqualTo("file");
			open("/imports");
			assertThat(this.browser.findElement(By.cssSelector("#imports-table tbody tr")).getText())
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
		return (Long) this.browser.executeScript("return arguments[0].scrollWidth", element);
	}

	private long clientWidth(WebElement element) {
		return (Long) this.browser.executeScript("return arguments[0].clientWidth", element);
	}

}
