package org.sendap.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

import com.github.pjfanning.xlsx.StreamingReader;

/**
 * Streams the rows of every sheet of an Excel workbook (.xlsx), in order, as text cells: a number is
 * written out exactly as stored ({@code 1234}, {@code 0.25}), never formatted. Only a few rows are held
 * in memory, however large the sheets.
 */
public final class WorkbookRows implements AutoCloseable {

	private static final int ROW_CACHE = 100;

	private static final int BUFFER = 1 << 16;

	/** One row of one sheet: the sheet's name, the row number as Excel shows it, and its cells by column. */
	public record SheetRow(String sheet, int row, List<String> cells) {

		public String cell(int column) {
			return column < this.cells.size() ? this.cells.get(column) : "";
		}

		public boolean isEmpty() {
			return this.cells.stream().allMatch(String::isBlank);
		}

	}

	private final String name;

	private final InputStream input;

	private final Workbook workbook;

	private final Iterator<Sheet> sheets;

	private Sheet sheet;

	private Iterator<Row> rows;

	private WorkbookRows(String name, InputStream input, Workbook workbook) {
		this.name = name;
		this.input = input;
		this.workbook = workbook;
		this.sheets = workbook.iterator();
	}

	public static WorkbookRows open(SourceFile source) {
		InputStream input = source.open();
		try {
			Workbook workbook = StreamingReader.builder().rowCacheSize(ROW_CACHE).bufferSize(BUFFER).open(input);
			return new WorkbookRows(source.displayName(), input, workbook);
		}
		catch (RuntimeException ex) {
			closeQuietly(input);
			throw new InputRejectedException(source.displayName(),
					"the file cannot be read as an Excel workbook (.xlsx): " + ex.getMessage());
		}
	}

	/** The next row that has a cell, in sheet order, or null after the last sheet. */
	public SheetRow next() {
		try {
			while (true) {
				if (this.rows != null && this.rows.hasNext()) {
					Row row = this.rows.next();
					return new SheetRow(this.sheet.getSheetName(), row.getRowNum() + 1, cells(row));
				}
				if (!this.sheets.hasNext()) {
					return null;
				}
				this.sheet = this.sheets.next();
				this.rows = this.sheet.iterator();
			}
		}
		catch (RuntimeException ex) {
			throw new InputRejectedException(this.name, "the workbook cannot be read"
					+ (this.sheet == null ? "" : " (sheet '" + this.sheet.getSheetName() + "')") + ": " + ex.getMessage());
		}
	}

	public static String columnLetter(int column) {
		return CellReference.convertNumToColString(column);
	}

	private static List<String> cells(Row row) {
		List<String> cells = new ArrayList<>();
		for (Cell cell : row) {
			int column = cell.getColumnIndex();
			while (cells.size() < column) {
				cells.add("");
			}
			cells.add(text(cell));
		}
		return cells;
	}

	private static String text(Cell cell) {
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
			case STRING -> cell.getStringCellValue();
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}

	@Override
	public void close() {
		try {
			this.workbook.close();
		}
		catch (IOException ex) {
			// Closing a workbook that was only read: nothing is lost.
		}
		finally {
			closeQuietly(this.input);
		}
	}

	private static void closeQuietly(InputStream input) {
		try {
			input.close();
		}
		catch (IOException ex) {
			// As above.
		}
	}

}
