package org.sendap.dashboard.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.core.io.ClassPathResource;

/**
 * Headless Debian Chromium driving the dashboard for a browser test: pages opened by path, the
 * browser console's errors, charts waited for until ECharts has drawn them, downloads saved to a
 * folder of the session's own, and axe-core (from the classpath, never the network) checking a page
 * against WCAG 2.2 A and AA.
 */
public final class BrowserSession implements AutoCloseable {

	/** The axe-core rule tags of WCAG 2.0, 2.1 and 2.2, levels A and AA. */
	public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final int MIN_WINDOW_WIDTH = 500;

	private static final String AXE = read("axe.min.js");

	private final ChromeDriver browser;

	private final int port;

	private final Path downloads;

	public BrowserSession(int port) {
		this.port = port;
		try {
			this.downloads = Files.createTempDirectory("sendap-downloads");
			ChromeOptions options = new ChromeOptions();
			options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
			options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--disable-quic", "--window-size=1300,1600",
					"--user-data-dir=" + Files.createTempDirectory("sendap-chromium"));
			options.setExperimentalOption("prefs", Map.of("download.default_directory", this.downloads.toString(),
					"download.prompt_for_download", false));
			LoggingPreferences logging = new LoggingPreferences();
			logging.enable(LogType.BROWSER, Level.ALL);
			options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
			ChromeDriverService service = new ChromeDriverService.Builder()
				.usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
				.usingAnyFreePort()
				.build();
			this.browser = new ChromeDriver(service, options);
			this.browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public ChromeDriver browser() {
		return this.browser;
	}

	public Path downloads() {
		return this.downloads;
	}

	/** Opens a page of the dashboard, forgetting the console messages of the pages before. */
	public void open(String path) {
		consoleErrors();
		this.browser.get(url(path));
	}

	public String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Lays pages out at this width. Chromium keeps a window at least about 500 px wide, so a phone's
	 * width (375 px) is emulated instead, as its developer tools do; the pages opened next are laid out
	 * at it.
	 */
	public void windowWidth(int width) {
		this.browser.manage().window().setSize(new Dimension(Math.max(width, MIN_WINDOW_WIDTH), 1600));
		if (width < MIN_WINDOW_WIDTH) {
			this.browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", width, "height", 1600, "deviceScaleFactor", 1, "mobile", true));
		}
		else {
			this.browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** The console's errors since the last call (the browser hands each entry out once). */
	public List<String> consoleErrors() {
		return this.browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
	}

	/** Waits until ECharts has drawn every chart of the page, and returns them. */
	public List<WebElement> drawnCharts() {
		return new WebDriverWait(this.browser, WAIT).until(driver -> {
			List<WebElement> charts = driver.findElements(By.cssSelector(".chart[data-option]"));
			return charts.stream().allMatch(chart -> "true".equals(chart.getAttribute("data-chart-finished"))) ? charts
					: null;
		});
	}

	public WebElement drawnChart(String id) {
		return new WebDriverWait(this.browser, WAIT).until(driver -> {
			WebElement chart = driver.findElement(By.id(id));
			return "true".equals(chart.getAttribute("data-chart-finished")) ? chart : null;
		});
	}

	/**
	 * The page's WCAG 2.2 A and AA violations as axe-core reports them, one line each: rule, impact,
	 * what it asks for, and the elements that break it.
	 */
	@SuppressWarnings("unchecked")
	public List<String> accessibilityViolations() {
		JavascriptExecutor script = this.browser;
		if (!Boolean.TRUE.equals(script.executeScript("return typeof axe !== 'undefined';"))) {
			script.executeScript(AXE);
		}
		Object result = script.executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
				  .then(function (results) {
				    done(results.violations.map(function (v) {
				      return v.id + ' (' + v.impact + '): ' + v.help + ' — ' + v.nodes.map(function (n) {
				        return n.target.join(' ') + (n.failureSummary ? ' [' + n.failureSummary.replace(/\\s+/g, ' ') + ']' : '');
				      }).join('; ');
				    }));
				  })
				  .catch(function (error) { done(['axe-core failed: ' + error]); });
				""", WCAG_22_AA);
		return (List<String>) result;
	}

	/** Waits for a file to finish downloading into the session's folder, and returns it. */
	public Path downloaded(String fileName) {
		Path file = this.downloads.resolve(fileName);
		new WebDriverWait(this.browser, WAIT).until(driver -> Files.isRegularFile(file)
				&& !Files.exists(this.downloads.resolve(fileName + ".crdownload")));
		return file;
	}

	public void screenshot(String name) {
		try {
			Path file = Path.of("target", "screenshots", name);
			Files.createDirectories(file.getParent());
			Files.write(file, this.browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		this.browser.quit();
	}

	private static String read(String resource) {
		try (InputStream input = new ClassPathResource(resource).getInputStream()) {
			return new String(input.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("axe-core (" + resource + ") is not on the test classpath", ex);
		}
	}

}
