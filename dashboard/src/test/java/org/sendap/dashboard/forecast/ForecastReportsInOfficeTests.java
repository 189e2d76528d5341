package org.sendap.dashboard.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.dashboard.system.ApiClient;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.sendap.dashboard.system.OfficeToolsAvailable;

/**
 * The forecast reports outside Java, as a commissioner's office software meets them: LibreOffice opens
 * the Excel workbook, reads its native chart as a line chart of the workbook's series and turns it
 * into a PDF in which the chart is drawn; pdftoppm renders the PDF report with its chart.
 */
@DashboardIntegrationTest
@ExtendWith(OfficeToolsAvailable.class)
class ForecastReportsInOfficeTests extends ApiClient {

	/** The published line of the workbook's chart and the PDF's history line: GOV.UK blue. */
	private static final int PUBLISHED_BLUE = 0x1d70b8;

	/** The PDF's 80% interval band. */
	private static final int BAND_BLUE = 0x5694ca;

	private static final Pattern CHART_OBJECT = Pattern.compile("Object \\d+/content\\.xml");

	@TempDir
	Path folder;

	@Test
	void excelReportOpensInLibreOfficeWithItsLineChartAndConvertsToPdf() throws IOException, InterruptedException {
		Path workbook = download("/kpis/ehcp-caseload/forecast/report.xlsx?area=E06000051&growth=5", "forecast.xlsx");

		libreOffice("ods", workbook);
		String chart = chartAsLibreOfficeReadIt(this.folder.resolve("forecast.ods"));
		assertThat(chart).contains("chart:class=\"chart:line\"");
		// Published, forecast, the 95% bounds and, with a scenario, the baseline
		assertThat(occurrences(chart, "<chart:series ")).isEqualTo(5);

		libreOffice("pdf", workbook);
		Path pdf = this.folder.resolve("forecast.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(document.getNumberOfPages()).isPositive();
			assertThat(new PDFTextStripper().getText(document)).contains("Shropshire", "2029/30");
		}
		run(List.of(OfficeToolsAvailable.PDFTOPPM, "-png", "-r", "60", pdf.toString(),
				this.folder.resolve("workbook-page").toString()));
		List<BufferedImage> pages = pages("workbook-page");
		assertThat(pages).isNotEmpty();
		assertThat(pages.stream().mapToInt(page -> pixelsNear(page, PUBLISHED_BLUE)).max().orElse(0))
			.as("pixels of the chart's published line on the pages LibreOffice printed")
			.isGreaterThan(30);
	}

	@Test
	void pdfReportRendersWithItsChart() throws IOException, InterruptedException {
		Path pdf = download("/kpis/ehcp-caseload/forecast/report.pdf?area=E06000051", "report.pdf");

		run(List.of(OfficeToolsAvailable.PDFTOPPM, "-png", "-r", "72", "-f", "1", "-l", "1", "-singlefile",
				pdf.toString(), this.folder.resolve("report-page").toString()));
		BufferedImage page = ImageIO.read(this.folder.resolve("report-page.png").toFile());

		assertThat(page.getWidth()).isGreaterThan(500);
		assertThat(pixelsNear(page, 0x0b0c0c)).as("pixels of text").isGreaterThan(500);
		assertThat(pixelsNear(page, PUBLISHED_BLUE)).as("pixels of the history line").isGreaterThan(30);
		assertThat(pixelsNear(page, BAND_BLUE)).as("pixels of the 80% interval band").isGreaterThan(100);
	}

	private Path download(String uri, String name) throws IOException {
		Path file = this.folder.resolve(name);
		Files.write(file, bytes(uri));
		return file;
	}

	/** A profile of its own, so that the test neither needs nor disturbs the user's LibreOffice. */
	private void libreOffice(String format, Path file) throws IOException, InterruptedException {
		run(List.of(OfficeToolsAvailable.LIBREOFFICE,
				"-env:UserInstallation=" + this.folder.resolve("libreoffice-profile").toUri(), "--headless",
				"--convert-to", format, "--outdir", this.folder.toString(), file.toString()));
		String converted = file.getFileName().toString().replaceFirst("\\.[a-z]+$", "." + format);
		assertThat(this.folder.resolve(converted)).as("LibreOffice's " + format + " of " + file.getFileName()).exists();
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		boolean finished = process.waitFor(3, TimeUnit.MINUTES);
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished && process.exitValue() == 0).as(String.join(" ", command) + " failed:\n" + output).isTrue();
	}

	private static String chartAsLibreOfficeReadIt(Path ods) throws IOException {
		try (ZipFile zip = new ZipFile(ods.toFile())) {
			List<String> charts = new ArrayList<>();
			for (ZipEntry entry : zip.stream().toList()) {
				if (CHART_OBJECT.matcher(entry.getName()).matches()) {
					try (InputStream content = zip.getInputStream(entry)) {
						charts.add(new String(content.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
			assertThat(charts).as("chart objects in " + ods.getFileName()).hasSize(1);
			return charts.get(0);
		}
	}

	private List<BufferedImage> pages(String prefix) throws IOException {
		List<BufferedImage> pages = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path file : files.filter(path -> path.getFileName().toString().startsWith(prefix)).sorted().toList()) {
				pages.add(ImageIO.read(file.toFile()));
			}
		}
		return pages;
	}

	private static int occurrences(String text, String part) {
		Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** Pixels within a small distance of a colour in each channel (anti-aliasing blurs the edges). */
	private static int pixelsNear(BufferedImage image, int rgb) {
		int count = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int pixel = image.getRGB(x, y);
				if (near(pixel >> 16, rgb >> 16) && near(pixel >> 8, rgb >> 8) && near(pixel, rgb)) {
					count++;
				}
			}
		}
		return count;
	}

	private static boolean near(int a, int b) {
		return Math.abs((a & 0xff) - (b & 0xff)) <= 24;
	}

}
