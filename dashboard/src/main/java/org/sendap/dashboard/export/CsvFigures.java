package org.sendap.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a figure table as CSV: UTF-8 with a byte-order mark, so that Excel reads the names right.
 */
final class CsvFigures {

	private CsvFigures() {
	}

	static void write(FigureTable table, OutputStream output) {
		try {
			output.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
			printer.printRecord(FigureTable.COLUMNS);
			for (List<Object> row : table.rows()) {
				printer.printRecord(row.stream().map(FigureTable::text).toList());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
