package org.sendap.dashboard.forecast;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The forecast report as a PDF for a commissioner's papers: what is forecast, for whom and when; the
 * chart of the history and the forecast with its intervals; the forecast table; the method, its
 * accuracy against the baselines and the assumptions; and the data releases used. Drawn on A4 pages
 * with the PDF's standard Helvetica, so that the file needs no font of its own.
 */
final class ForecastPdf {

	private static final float MARGIN = 50;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private static final Color BLUE = new Color(0x1d, 0x70, 0xb8);

	private static final Color BAND = new Color(0x56, 0x94, 0xca);

	private static final Color LIGHT_BAND = new Color(0xc8, 0xdc, 0xf0);

	private static final Color RED = new Color(0xd4, 0x35, 0x1c);

	private final PDDocument document = new PDDocument();

	private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

	private PDPageContentStream content;

	private float y;

	private ForecastPdf() {
	}

	static void write(ForecastPage page, OutputStream output) {
		ForecastPdf pdf = new ForecastPdf();
		try {
			pdf.draw(page);
			pdf.content.close();
			PDDocumentInformation information = pdf.document.getDocumentInformation();
			information.setTitle("Forecast: " + page.forecast().kpi().name() + ", " + page.forecast().area().name());
			information.setCreator("SEND & AP dashboard");
			pdf.document.save(output);
			pdf.document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void draw(ForecastPage page) throws IOException {
		KpiForecast forecast = page.forecast();
		newPage();
		text(this.bold, 18, "Forecast: " + forecast.kpi().name());
		text(this.regular, 12, forecast.area().name() + " (" + forecast.area().code() + ") - made " + forecast.made()
				+ " by the SEND & AP dashboard");
		if (forecast.footprint() != null) {
			paragraph(this.regular, 9, forecast.footprint());
		}
		this.y -= 6;
		paragraph(this.regular, 11, page.summary());
		if (forecast.scenario() != null) {
			paragraph(this.bold, 10, "Scenario - " + ForecastRows.scenarioText(forecast.scenario()));
		}
		this.y -= 8;
		chart(forecast, 220);
		heading("Forecast");
		List<String[]> table = new ArrayList<>();
		table.add(forecast.baseline() == null ? new String[] { "Period", "Forecast", "80% interval", "95% interval" }
				: new String[] { "Period", "Forecast", "80% interval", "95% interval", "Baseline" });
		for (int i = 0; i < forecast.points().size(); i++) {
			KpiForecast.Point point = forecast.points().get(i);
			String interval80 = page.format(point.lower80()) + " to " + page.format(point.upper80());
			String interval95 = page.format(point.lower95()) + " to " + page.format(point.upper95());
			table.add(forecast.baseline() == null ? new String[] { point.label(), page.format(point.value()), interval80, interval95 }
					: new String[] { point.label(), page.format(point.value()), interval80, interval95,
							page.format(forecast.baseline().get(i).value()) });
		}
		table(table);
		heading("How the forecast was made");
		paragraph(this.regular, 10, forecast.methodDescription() + " Fitted parameters: " + forecast.parameters() + ".");
		List<String[]> accuracy = new ArrayList<>();
		accuracy.add(new String[] { "Method", "MAPE", "MASE", "Periods tested", "Chosen" });
		for (KpiForecast.MethodResult method : forecast.methods()) {
			accuracy.add(new String[] { method.method(),
					method.accuracy() == null ? "-" : ForecastPage.percent(method.accuracy().mape()),
					method.accuracy() == null ? "-" : ForecastPage.ratio(method.accuracy().mase()),
					method.accuracy() == null ? "-" : Integer.toString(method.accuracy().tests()), method.chosen() ? "yes" : "" });
		}
		table(accuracy);
		paragraph(this.regular, 8, "MAPE: mean absolute percentage error. MASE: mean absolute error over the mean absolute "
				+ "change between periods of the history each forecast had; below 1 is better than the last value did in the past.");
		heading("Assumptions");
		for (String assumption : forecast.assumptions()) {
			paragraph(this.regular, 9, "- " + assumption);
		}
		heading("Data sources");
		for (org.sendap.dashboard.kpi.ImportLineage source : forecast.sources()) {
			paragraph(this.regular, 8, (source.publication() == null ? "" : source.publication() + ", " + source.release() + ": ")
					+ source.file() + " (import " + source.importId() + ", SHA-256 " + source.sha256() + ")");
		}
		paragraph(this.regular, 8, "Contains public sector information licensed under the Open Government Licence v3.0.");
	}

	/** The history and the forecast: axes, gridlines, the 95% and 80% bands, the lines and their labels. */
	private void chart(KpiForecast forecast, float height) throws IOException {
		ensure(height + 30);
		float left = MARGIN + 45;
		float right = MARGIN + WIDTH - 10;
		float bottom = this.y - height;
		float top = this.y - 10;
		int past = forecast.history().size();
		int total = past + forecast.points().size();
		double max = 0;
		for (KpiForecast.Observed point : forecast.history()) {
			max = Math.max(max, point.value().doubleValue());
		}
		for (KpiForecast.Point point : forecast.points()) {
			max = Math.max(max, point.upper95().doubleValue());
		}
		double scale = niceCeiling(max);
		java.util.function.IntFunction<Float> xOf = i -> left + (right - left) * i / Math.max(1, total - 1);
		java.util.function.DoubleFunction<Float> yOf = value -> (float) (bottom + (top - bottom) * value / scale);
		this.content.setLineWidth(0.5f);
		this.content.setStrokingColor(Color.LIGHT_GRAY);
		for (int g = 0; g <= 4; g++) {
			float gy = yOf.apply(scale * g / 4);
			line(left, gy, right, gy);
			label(this.regular, 7, MARGIN, gy - 2, number(scale * g / 4));
		}
		band(forecast, past, xOf, yOf, true, LIGHT_BAND);
		band(forecast, past, xOf, yOf, false, BAND);
		this.content.setStrokingColor(BLUE);
		this.content.setLineWidth(2);
		for (int i = 1; i < past; i++) {
			line(xOf.apply(i - 1), yOf.apply(forecast.history().get(i - 1).value().doubleValue()), xOf.apply(i),
					yOf.apply(forecast.history().get(i).value().doubleValue()));
		}
		this.content.setStrokingColor(Color.BLACK);
		this.content.setLineDashPattern(new float[] { 4, 3 }, 0);
		double previous = forecast.history().get(past - 1).value().doubleValue();
		for (int h = 0; h < forecast.points().size(); h++) {
			double value = forecast.points().get(h).value().doubleValue();
			line(xOf.apply(past - 1 + h), yOf.apply(previous), xOf.apply(past + h), yOf.apply(value));
			previous = value;
		}
		if (forecast.baseline() != null) {
			this.content.setStrokingColor(RED);
			this.content.setLineDashPattern(new float[] { 1, 2 }, 0);
			previous = forecast.history().get(past - 1).value().doubleValue();
			for (int h = 0; h < forecast.baseline().size(); h++) {
				double value = forecast.baseline().get(h).value().doubleValue();
				line(xOf.apply(past - 1 + h), yOf.apply(previous), xOf.apply(past + h), yOf.apply(value));
				previous = value;
			}
		}
		this.content.setLineDashPattern(new float[0], 0);
		this.content.setStrokingColor(Color.DARK_GRAY);
		this.content.setLineWidth(0.8f);
		line(left, bottom, right, bottom);
		int every = Math.max(1, total / 8);
		for (int i = 0; i < total; i += every) {
			String periodLabel = i < past ? forecast.history().get(i).label() : forecast.points().get(i - past).label();
			label(this.regular, 7, xOf.apply(i) - 12, bottom - 10, periodLabel);
		}
		this.y = bottom - 24;
		label(this.regular, 8, left, this.y, "Blue: published. Black dashed: forecast"
				+ (forecast.baseline() == null ? "" : " with the scenario; red dotted: baseline")
				+ ". Shaded: 80% (darker) and 95% prediction intervals.");
		this.y -= 16;
	}

	private void band(KpiForecast forecast, int past, java.util.function.IntFunction<Float> xOf,
			java.util.function.DoubleFunction<Float> yOf, boolean wide, Color colour) throws IOException {
		List<KpiForecast.Point> points = forecast.points();
		this.content.setNonStrokingColor(colour);
		this.content.moveTo(xOf.apply(past), yOf.apply((wide ? points.get(0).upper95() : points.get(0).upper80()).doubleValue()));
		for (int h = 1; h < points.size(); h++) {
			this.content.lineTo(xOf.apply(past + h), yOf.apply((wide ? points.get(h).upper95() : points.get(h).upper80()).doubleValue()));
		}
		for (int h = points.size() - 1; h >= 0; h--) {
			this.content.lineTo(xOf.apply(past + h), yOf.apply((wide ? points.get(h).lower95() : points.get(h).lower80()).doubleValue()));
		}
		this.content.closePath();
		this.content.fill();
	}

	private void table(List<String[]> rows) throws IOException {
		int columns = rows.get(0).length;
		float column = WIDTH / columns;
		for (int r = 0; r < rows.size(); r++) {
			ensure(16);
			for (int c = 0; c < columns; c++) {
				label(r == 0 ? this.bold : this.regular, 9, MARGIN + c * column, this.y, rows.get(r)[c]);
			}
			this.y -= 14;
		}
		this.y -= 6;
	}

	private void heading(String text) throws IOException {
		this.y -= 6;
		ensure(40);
		text(this.bold, 13, text);
	}

	private void text(PDType1Font font, float size, String text) throws IOException {
		ensure(size + 6);
		label(font, size, MARGIN, this.y, text);
		this.y -= size + 6;
	}

	/** Text wrapped to the page's width. */
	private void paragraph(PDType1Font font, float size, String text) throws IOException {
		StringBuilder line = new StringBuilder();
		for (String word : safe(text).split(" ")) {
			String candidate = line.isEmpty() ? word : line + " " + word;
			if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
				text(font, size, line.toString());
				line = new StringBuilder(word);
			}
			else {
				line = new StringBuilder(candidate);
			}
		}
		if (!line.isEmpty()) {
			text(font, size, line.toString());
		}
	}

	private void label(PDType1Font font, float size, float x, float atY, String text) throws IOException {
		this.content.beginText();
		this.content.setNonStrokingColor(Color.BLACK);
		this.content.setFont(font, size);
		this.content.newLineAtOffset(x, atY);
		this.content.showText(safe(text));
		this.content.endText();
	}

	private void line(float x1, float y1, float x2, float y2) throws IOException {
		this.content.moveTo(x1, y1);
		this.content.lineTo(x2, y2);
		this.content.stroke();
	}

	private void ensure(float space) throws IOException {
		if (this.y - space < MARGIN) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		if (this.content != null) {
			this.content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		this.document.addPage(page);
		this.content = new PDPageContentStream(this.document, page);
		this.y = PDRectangle.A4.getHeight() - MARGIN;
	}

	/** The standard fonts encode WinAnsi only: other characters are written plainly. */
	private static String safe(String text) {
		StringBuilder plain = new StringBuilder();
		for (char c : text.toCharArray()) {
			plain.append(switch (c) {
				case '\u2013', '\u2014', '\u2212' -> '-';
				case '\u2018', '\u2019' -> '\'';
				case '\u201C', '\u201D' -> '"';
				case '\n', '\r', '\t' -> ' ';
				default -> c < 256 ? c : '?';
			});
		}
		return plain.toString();
	}

	private static double niceCeiling(double max) {
		if (max <= 0) {
			return 1;
		}
		double power = Math.pow(10, Math.floor(Math.log10(max)));
		for (double step : new double[] { 1, 2, 2.5, 5, 10 }) {
			if (step * power >= max) {
				return step * power;
			}
		}
		return 10 * power;
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

}
