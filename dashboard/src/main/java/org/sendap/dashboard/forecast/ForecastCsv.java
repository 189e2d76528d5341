package org.sendap.dashboard.forecast;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The forecast's figures as CSV, UTF-8 with a byte-order mark for Excel.
 */
final class ForecastCsv {

	private ForecastCsv() {
	}

	static void write(KpiForecast forecast, OutputStream output) {
		try {
			output.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
			OutputStreamWriter writer = new OutputStreamWriter(output, StandardCharsets.UTF_8);
			CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
			printer.printRecord(ForecastRows.COLUMNS);
			for (ForecastRows.Row row : ForecastRows.of(forecast)) {
				printer.printRecord(ForecastRows.cells(forecast, row)
					.stream()
					.map(cell -> cell == null ? "" : cell instanceof BigDecimal number ? number.toPlainString() : cell.toString())
					.toList());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
