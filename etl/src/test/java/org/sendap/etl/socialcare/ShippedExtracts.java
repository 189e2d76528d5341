package org.sendap.etl.socialcare;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.testsupport.TestFiles;

/**
 * The synthetic extracts shipped in {@code sample-data/social-care/}, and copies of them with a change,
 * for tests that need a workbook the data team might really send.
 */
final class ShippedExtracts {

	static final String SEPTEMBER = "social-care/send-known-to-social-care_2025-09.xlsx";

	static final String OCTOBER = "social-care/send-known-to-social-care_2025-10.xlsx";

	static final String DATA = "Data";

	private ShippedExtracts() {
	}

	static SourceFile september() {
		return SourceFile.onDisk(TestFiles.sampleData(SEPTEMBER));
	}

	static SourceFile october() {
		return SourceFile.onDisk(TestFiles.sampleData(OCTOBER));
	}

	/** A copy of the October extract, named {@code name} in {@code folder}, changed as given. */
	static SourceFile octoberChanged(Path folder, String name, Consumer<XSSFWorkbook> change) {
		Path copy = folder.resolve(name);
		try (InputStream input = Files.newInputStream(TestFiles.sampleData(OCTOBER));
				XSSFWorkbook workbook = new XSSFWorkbook(input)) {
			change.accept(workbook);
			try (OutputStream output = Files.newOutputStream(copy)) {
				workbook.write(output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return SourceFile.onDisk(copy);
	}

	/** Sets a cell of the data sheet, {@code G5} as Excel names it, to text. */
	static Consumer<XSSFWorkbook> text(String reference, String value) {
		return workbook -> cell(workbook.getSheet(DATA), reference).setCellValue(value);
	}

	/** Sets a cell of the data sheet to a number. */
	static Consumer<XSSFWorkbook> number(String reference, double value) {
		return workbook -> cell(workbook.getSheet(DATA), reference).setCellValue(value);
	}

	/** Every snapshot date of the data sheet moved to another month, so that the copy is a release of its own. */
	static Consumer<XSSFWorkbook> snapshot(LocalDate date) {
		return workbook -> {
			for (Row row : workbook.getSheet(DATA)) {
				if (row.getRowNum() >= 4 && row.getCell(1) != null) {
					row.getCell(1).setCellValue(date);
				}
			}
		};
	}

	static Cell cell(Sheet sheet, String reference) {
		CellReference where = new CellReference(reference);
		Row row = sheet.getRow(where.getRow()) == null ? sheet.createRow(where.getRow()) : sheet.getRow(where.getRow());
		Cell cell = row.getCell(where.getCol());
		return cell == null ? row.createCell(where.getCol()) : cell;
	}

}
