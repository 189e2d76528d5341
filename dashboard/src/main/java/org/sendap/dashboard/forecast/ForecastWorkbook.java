package org.sendap.dashboard.forecast;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.PresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFPresetLineDash;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.sendap.dashboard.kpi.ImportLineage;

/**
 * The forecast report as an Excel workbook: a summary; the forecast table (the published history,
 * then the forecast with its 80% and 95% intervals) with a native Excel line chart of it; the method
 * and its assumptions; every method's backtest accuracy; and the data sources with their lineage.
 */
final class ForecastWorkbook {

	static final List<String> FORECAST_COLUMNS = List.of("Period", "Label", "Kind", "Published", "Forecast",
			"80% lower", "80% upper", "95% lower", "95% upper", "Baseline");

	private ForecastWorkbook() {
	}

	static void write(ForecastPage page, OutputStream output) {
		KpiForecast forecast = page.forecast();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			summary(workbook.createSheet("Summary"), page, bold);
			forecastSheet(workbook.createSheet("Forecast"), forecast, bold);
			method(workbook.createSheet("Method and assumptions"), forecast, bold);
			accuracy(workbook.createSheet("Backtest accuracy"), forecast, bold);
			sources(workbook.createSheet("Data sources"), forecast, bold);
			workbook.write(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void summary(XSSFSheet sheet, ForecastPage page, CellStyle bold) {
		KpiForecast forecast = page.forecast();
		List<String[]> lines = new ArrayList<>();
		lines.add(new String[] { "Forecast", forecast.kpi().name() });
		lines.add(new String[] { "Area", forecast.area().name() + " (" + forecast.area().code() + ")" });
		if (forecast.footprint() != null) {
			lines.add(new String[] { "NHS footprint", forecast.footprint() });
		}
		lines.add(new String[] { "Made", forecast.made().toString() + " by the SEND & AP dashboard" });
		lines.add(new String[] { "Summary", page.summary() });
		lines.add(new String[] { "Method", forecast.methodDescription() });
		if (forecast.accuracy() != null) {
			lines.add(new String[] { "Accuracy", "MAPE " + ForecastPage.percent(forecast.accuracy().mape()) + ", MASE "
					+ ForecastPage.ratio(forecast.accuracy().mase()) + ", over " + forecast.accuracy().tests()
					+ " held-back periods forecast one period ahead" });
		}
		if (forecast.scenario() != null) {
			lines.add(new String[] { "Scenario", ForecastRows.scenarioText(forecast.scenario()) });
		}
		lines.add(new String[] { "Data releases", String.join("; ", forecast.sources()
			.stream()
			.map(source -> source.publication() == null ? source.file() : source.publication() + ", " + source.release())
			.distinct()
			.toList()) });
		lines.add(new String[] { "Definition", forecast.kpi().definition() });
		lines.add(new String[] { "Licence", "Contains public sector information licensed under the Open Government Licence v3.0." });
		for (int i = 0; i < lines.size(); i++) {
			Row row = sheet.createRow(i);
			Cell label = row.createCell(0);
			label.setCellValue(lines.get(i)[0]);
			label.setCellStyle(bold);
			row.createCell(1).setCellValue(lines.get(i)[1]);
		}
		sheet.setColumnWidth(0, 16 * 256);
		sheet.setColumnWidth(1, 110 * 256);
	}

	private static void forecastSheet(XSSFSheet sheet, KpiForecast forecast, CellStyle bold) {
		header(sheet, FORECAST_COLUMNS, bold);
		List<ForecastRows.Row> rows = ForecastRows.of(forecast);
		for (int r = 0; r < rows.size(); r++) {
			ForecastRows.Row figures = rows.get(r);
			Row row = sheet.createRow(r + 1);
			row.createCell(0).setCellValue(figures.period());
			row.createCell(1).setCellValue(figures.label());
			row.createCell(2).setCellValue(figures.kind());
			boolean published = "published".equals(figures.kind());
			number(row, 3, published ? figures.value() : null);
			number(row, 4, published ? null : figures.value());
			number(row, 5, figures.lower80());
			number(row, 6, figures.upper80());
			number(row, 7, figures.lower95());
			number(row, 8, figures.upper95());
			number(row, 9, figures.baseline());
		}
		// The forecast line starts at the last published figure, so that the two lines meet
		int lastPublished = forecast.history().size();
		number(sheet.getRow(lastPublished), 4, forecast.history().get(lastPublished - 1).value());
		for (int column = 0; column < FORECAST_COLUMNS.size(); column++) {
			sheet.setColumnWidth(column, 13 * 256);
		}
		sheet.createFreezePane(0, 1);
		chart(sheet, forecast, rows.size());
	}

	/** A native Excel line chart of the forecast sheet's columns, beside the table. */
	private static void chart(XSSFSheet sheet, KpiForecast forecast, int rows) {
		XSSFDrawing drawing = sheet.createDrawingPatriarch();
		XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 11, 1, 23, 26);
		XSSFChart chart = drawing.createChart(anchor);
		chart.setTitleText(forecast.kpi().name() + ", " + forecast.area().name());
		chart.setTitleOverlay(false);
		chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
		XDDFCategoryAxis periods = chart.createCategoryAxis(AxisPosition.BOTTOM);
		XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
		values.setCrosses(AxisCrosses.AUTO_ZERO);
		values.setTitle(forecast.kpi().unit());
		XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, rows, 1, 1));
		XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, periods, values);
		data.setVaryColors(false);
		int[] columns = forecast.baseline() == null ? new int[] { 3, 4, 7, 8 } : new int[] { 3, 4, 7, 8, 9 };
		for (int column : columns) {
			XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
					new CellRangeAddress(1, rows, column, column));
			XDDFLineChartData.Series line = (XDDFLineChartData.Series) data.addSeries(labels, series);
			line.setTitle(FORECAST_COLUMNS.get(column), null);
			line.setSmooth(false);
			line.setMarkerStyle(column <= 4 ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
			line.setLineProperties(lineOf(column));
		}
		chart.plot(data);
		// Empty cells (the forecast's columns in the history's rows) are gaps, not zeros
		(chart.getCTChart().isSetDispBlanksAs() ? chart.getCTChart().getDispBlanksAs()
				: chart.getCTChart().addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
	}

	/** Published: solid blue; forecast: dashed black; the 95% bounds: thin dotted blue; baseline: dotted red. */
	private static XDDFLineProperties lineOf(int column) {
		XDDFLineProperties line = new XDDFLineProperties();
		byte[] colour = switch (column) {
			case 3 -> new byte[] { 0x1d, 0x70, (byte) 0xb8 };
			case 4 -> new byte[] { 0x0b, 0x0c, 0x0c };
			case 9 -> new byte[] { (byte) 0xd4, 0x35, 0x1c };
			default -> new byte[] { 0x56, (byte) 0x94, (byte) 0xca };
		};
		line.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour)));
		line.setWidth(column <= 4 ? 2.25 : 1.0);
		if (column == 4) {
			line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.DASH));
		}
		else if (column > 4) {
			line.setPresetDash(new XDDFPresetLineDash(PresetLineDash.SYSTEM_DOT));
		}
		return line;
	}

	private static void method(XSSFSheet sheet, KpiForecast forecast, CellStyle bold) {
		int r = 0;
		r = line(sheet, r, "Method", forecast.methodDescription(), bold);
		r = line(sheet, r, "Parameters", forecast.parameters(), bold);
		for (String assumption : forecast.assumptions()) {
			r = line(sheet, r, "Assumption", assumption, bold);
		}
		sheet.setColumnWidth(0, 14 * 256);
		sheet.setColumnWidth(1, 120 * 256);
	}

	private static void accuracy(XSSFSheet sheet, KpiForecast forecast, CellStyle bold) {
		header(sheet, List.of("Method", "Chosen", "MAPE (%)", "MASE", "MAE", "Periods tested", "Parameters", "Description"),
				bold);
		int r = 1;
		for (KpiForecast.MethodResult method : forecast.methods()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(method.method());
			row.createCell(1).setCellValue(method.chosen() ? "yes" : "no");
			if (method.accuracy() != null) {
				if (method.accuracy().mape() != null) {
					row.createCell(2).setCellValue(method.accuracy().mape());
				}
				if (method.accuracy().mase() != null) {
					row.createCell(3).setCellValue(method.accuracy().mase());
				}
				row.createCell(4).setCellValue(method.accuracy().mae());
				row.createCell(5).setCellValue(method.accuracy().tests());
			}
			row.createCell(6).setCellValue(method.parameters());
			row.createCell(7).setCellValue(method.description());
		}
		for (int column = 0; column < 7; column++) {
			sheet.setColumnWidth(column, 14 * 256);
		}
		sheet.setColumnWidth(7, 90 * 256);
	}

	private static void sources(XSSFSheet sheet, KpiForecast forecast, CellStyle bold) {
		header(sheet, List.of("Import", "Publication", "Release", "Dataset", "File", "SHA-256", "Imported at"), bold);
		int r = 1;
		for (ImportLineage source : forecast.sources()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(source.importId());
			text(row, 1, source.publication());
			text(row, 2, source.release());
			text(row, 3, source.dataset());
			text(row, 4, source.file());
			text(row, 5, source.sha256());
			text(row, 6, source.importedAt() == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(source.importedAt()));
		}
		for (int column = 0; column < 7; column++) {
			sheet.setColumnWidth(column, (column == 5 ? 66 : 22) * 256);
		}
	}

	private static void header(XSSFSheet sheet, List<String> columns, CellStyle bold) {
		Row header = sheet.createRow(0);
		for (int column = 0; column < columns.size(); column++) {
			Cell cell = header.createCell(column);
			cell.setCellValue(columns.get(column));
			cell.setCellStyle(bold);
		}
	}

	private static int line(XSSFSheet sheet, int r, String label, String text, CellStyle bold) {
		Row row = sheet.createRow(r);
		Cell cell = row.createCell(0);
		cell.setCellValue(label);
		cell.setCellStyle(bold);
		row.createCell(1).setCellValue(text);
		return r + 1;
	}

	private static void number(Row row, int column, BigDecimal value) {
		if (value != null) {
			row.createCell(column).setCellValue(value.doubleValue());
		}
	}

	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

}
