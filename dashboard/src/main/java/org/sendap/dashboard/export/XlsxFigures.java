package org.sendap.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a figure table as an Excel workbook: an "About" sheet saying what the figures are and where
 * they came from, and a "Figures" sheet with the columns of the CSV, numbers as numbers.
 */
final class XlsxFigures {

	private XlsxFigures() {
	}

	static void write(FigureTable table, String areaName, LocalDate made, OutputStream output) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			Sheet about = workbook.createSheet("About");
			String[][] lines = { { "Title", table.title() }, { "Measure", table.kpi().name() + " (" + table.kpi().code() + ")" },
					{ "Definition", table.kpi().definition() }, { "Area", areaName }, { "Unit", table.kpi().unit() },
					{ "Source", table.kpi().source() + (table.kpi().publisher() == null ? "" : ", " + table.kpi().publisher()) },
					{ "Made", made.toString() + " by the SEND & AP dashboard" },
					{ "Notes", "A suppressed figure has no value and keeps the publisher's symbol (status), never 0. "
							+ "Group rates are summed numerators over summed denominators. Each row names the import, file "
							+ "(with its SHA-256) and release it comes from." },
					{ "Licence", "Contains public sector information licensed under the Open Government Licence v3.0." } };
			for (int i = 0; i < lines.length; i++) {
				Row row = about.createRow(i);
				Cell label = row.createCell(0);
				label.setCellValue(lines[i][0]);
				label.setCellStyle(bold);
				row.createCell(1).setCellValue(lines[i][1]);
			}
			about.setColumnWidth(0, 14 * 256);
			about.setColumnWidth(1, 100 * 256);

			Sheet figures = workbook.createSheet("Figures");
			Row header = figures.createRow(0);
			for (int column = 0; column < FigureTable.COLUMNS.size(); column++) {
				Cell cell = header.createCell(column);
				cell.setCellValue(FigureTable.COLUMNS.get(column));
				cell.setCellStyle(bold);
			}
			List<List<Object>> rows = table.rows();
			for (int r = 0; r < rows.size(); r++) {
				Row row = figures.createRow(r + 1);
				List<Object> values = rows.get(r);
				for (int column = 0; column < values.size(); column++) {
					Object value = values.get(column);
					if (value == null) {
						continue;
					}
					Cell cell = row.createCell(column);
					if (value instanceof BigDecimal number) {
						cell.setCellValue(number.doubleValue());
					}
					else if (value instanceof Number number) {
						cell.setCellValue(number.doubleValue());
					}
					else {
						cell.setCellValue(value.toString());
					}
				}
			}
			figures.createFreezePane(0, 1);
			for (int column = 0; column < FigureTable.COLUMNS.size(); column++) {
				figures.setColumnWidth(column, 16 * 256);
			}
			workbook.setActiveSheet(1);
			workbook.write(output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
