package org.sendap.dashboard.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as CSV that Excel opens right: UTF-8 with a byte-order mark (so that names keep their
 * accents and dashes), CRLF between records, numbers plain (no exponent), nothing for a missing value.
 */
public final class ExcelCsv {

	private ExcelCsv() {
	}

	public static void write(List<String> columns, List<? extends List<?>> rows, OutputStream output) {
		try {
			output.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			Writer writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
			printer.printRecord(columns);
			for (List<?> row : rows) {
				printer.printRecord(row.stream().map(ExcelCsv::text).toList());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(Object cell) {
		if (cell == null) {
			return "";
		}
		return cell instanceof BigDecimal number ? number.toPlainString() : cell.toString();
	}

}
