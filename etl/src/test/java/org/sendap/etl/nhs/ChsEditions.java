package org.sendap.etl.nhs;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.testsupport.TestFiles;

/**
 * The Community Health Services waiting-list workbooks shipped in {@code sample-data/}, and copies of
 * them changed as NHS England changes its editions (a column inserted, moved or renamed, the tables
 * moved down), for tests that need an edition nobody has seen yet.
 */
final class ChsEditions {

	static final String FOLDER = "nhs/community-health-services-waiting-lists/";

	/** The editions shipped, by the month they were published: their data are two months earlier. */
	static final List<String> PUBLISHED = List.of("2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08",
			"2023-09", "2023-11");

	static final String SALT = "(CYP) Therapy interventions: Speech and language";

	private ChsEditions() {
	}

	/** The shipped edition published in the month given ({@code 2023-11}). */
	static Path edition(String published) {
		return TestFiles.sampleData(FOLDER + "community_health_" + published + "-01.xlsx");
	}

	/** The cells of one row of a sheet, as the reader sees them (numbers written out exactly). */
	static List<String> row(Path edition, String sheet, int row) {
		try (WorkbookRows rows = WorkbookRows.open(SourceFile.onDisk(edition))) {
			for (WorkbookRows.SheetRow next = rows.next(); next != null; next = rows.next()) {
				if (next.sheet().equals(sheet) && next.row() == row) {
					return next.cells();
				}
			}
		}
		throw new AssertionError("no row " + row + " in sheet '" + sheet + "' of " + edition);
	}

	/** A copy of an edition, named {@code name} in {@code folder}, changed as given. */
	static Path changed(Path edition, Path folder, String name, Consumer<XSSFWorkbook> change) {
		Path copy = folder.resolve(name);
		try (InputStream input = Files.newInputStream(edition); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
			change.accept(workbook);
			try (OutputStream output = Files.newOutputStream(copy)) {
				workbook.write(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return copy;
	}

	/** Each by-service table (Table 4 to Table 4g) changed as given. */
	static Consumer<XSSFWorkbook> everyTable(Consumer<Sheet> change) {
		return workbook -> {
			for (Sheet sheet : workbook) {
				if (sheet.getSheetName().startsWith("Table 4")) {
					change.accept(sheet);
				}
			}
		};
	}

	/** Every text cell of the workbook that reads {@code from} (the whole cell, or the end of it) now reads {@code to}. */
	static Consumer<XSSFWorkbook> replaceText(String from, String to) {
		return workbook -> {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().endsWith(from)) {
							String text = cell.getStringCellValue();
							cell.setCellValue(text.substring(0, text.length() - from.length()) + to);
						}
					}
				}
			}
		};
	}

	/**
	 * A column inserted before the column at {@code index}: its header on the header row ({@code
	 * headerRow}, 0-based; none if null) and a value on every row below it.
	 */
	static Consumer<Sheet> insertColumn(int headerRow, int index, String header, String value) {
		return sheet -> {
			sheet.shiftColumns(index, lastColumn(sheet), 1);
			for (Row row : sheet) {
				if (row.getRowNum() == headerRow && header != null) {
					row.createCell(index).setCellValue(header);
				}
				else if (row.getRowNum() > headerRow) {
					row.createCell(index).setCellValue(value);
				}
			}
		};
	}

	/** Each header cell of the row {@code headerRow} (0-based) rewritten as given. */
	static Consumer<Sheet> headers(int headerRow, UnaryOperator<String> rewrite) {
		return sheet -> {
			for (Cell cell : sheet.getRow(headerRow)) {
				if (cell.getCellType() == CellType.STRING) {
					cell.setCellValue(rewrite.apply(cell.getStringCellValue()));
				}
			}
		};
	}

	/** The column at {@code from} moved to the end of the table, after the last service. */
	static Consumer<Sheet> moveToEnd(int from) {
		return sheet -> {
			int end = lastColumn(sheet);
			for (Row row : sheet) {
				Cell cell = row.getCell(from);
				if (cell != null && cell.getCellType() == CellType.STRING) {
					row.createCell(end).setCellValue(cell.getStringCellValue());
					row.removeCell(cell);
				}
			}
			sheet.shiftColumns(from + 1, end, -1);
		};
	}

	/**
	 * The ICBs of a table under codes no lookup has ({@code Q01}, {@code Q02} ...), as after a
	 * reorganisation: the rows whose type (the column {@code typeColumn}) is ICB get a new code in
	 * {@code codeColumn}.
	 */
	static Consumer<Sheet> recodeIcbs(int typeColumn, int codeColumn) {
		return sheet -> {
			int next = 1;
			for (Row row : sheet) {
				if (text(row, typeColumn).equals("ICB")) {
					row.getCell(codeColumn).setCellValue(String.format(Locale.ROOT, "Q%02d", next++));
				}
			}
		};
	}

	/** The text of a cell, or "" for an empty cell or one that is not text. */
	static String text(Row row, int column) {
		Cell cell = row == null ? null : row.getCell(column);
		return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
	}

	/** The first column to the right of every cell of the sheet. */
	static int lastColumn(Sheet sheet) {
		int last = 0;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum());
		}
		return last;
	}

}
