package org.sendap.etl.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Looks at the start of a file to tell what it holds (a CSV's header, an Excel workbook), so that
 * layouts are recognised from content, never from file names.
 */
public final class ContentSniffer {

	private ContentSniffer() {
	}

	/** The header row of a CSV file, or empty when the file is not readable CSV text. */
	public static Optional<List<String>> csvHeader(SourceFile source) {
		try (CsvTabularFile file = CsvTabularFile.open(source.displayName(), source.open())) {
			return Optional.of(file.header());
		}
		catch (InputRejectedException ex) {
			return Optional.empty();
		}
	}

	/** What the file appears to hold, for the message that rejects a file in no supported layout. */
	public static String describe(SourceFile source) {
		if (isXlsxWorkbook(source)) {
			return "an Excel workbook (.xlsx) with none of the tables this product imports";
		}
		Optional<List<String>> header = csvHeader(source);
		if (header.isPresent()) {
			List<String> columns = header.get();
			String shown = String.join(", ", columns.subList(0, Math.min(columns.size(), 12)))
					+ (columns.size() > 12 ? ", ... (" + columns.size() + " columns)" : "");
			return "a CSV file whose header is: " + shown;
		}
		try (InputStream input = source.open()) {
			byte[] start = input.readNBytes(4);
			if (start.length == 4 && start[0] == 'P' && start[1] == 'K') {
				return "a zip archive with no data files this product imports";
			}
			if (start.length == 4 && start[0] == '%' && start[1] == 'P' && start[2] == 'D' && start[3] == 'F') {
				return "a PDF document";
			}
			return start.length == 0 ? "an empty file" : "neither CSV text nor an Excel workbook";
		}
		catch (IOException | InputRejectedException ex) {
			return "a file that cannot be read";
		}
	}

	/** Whether the file is an Office Open XML workbook (.xlsx), whatever its name. */
	public static boolean isXlsxWorkbook(SourceFile source) {
		try (InputStream input = source.open(); ZipInputStream zip = new ZipInputStream(input)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (entry.getName().equals("xl/workbook.xml")) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException | InputRejectedException ex) {
			return false;
		}
	}

}
