package org.sendap.dashboard.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sendap.etl.source.ContentSniffer;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;

/**
 * What an uploaded file holds, told from its content and never from its name: CSV text with a
 * header row, an Excel workbook, or a zip (a release as downloaded). Anything else is refused with
 * what it is and what was expected.
 */
enum UploadedContent {

	CSV, WORKBOOK, ZIP;

	static final String EXPECTED = "expected a CSV file (text whose first line names the columns, separated by "
			+ "commas), an Excel workbook (.xlsx) or a release zip (.zip) as downloaded";

	private static final byte[] ZIP_ENTRY = { 'P', 'K', 3, 4 };

	private static final byte[] EMPTY_ZIP = { 'P', 'K', 5, 6 };

	// Excel 97-2003 (.xls) and other OLE2 compound documents
	private static final byte[] OLE2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 };

	/**
	 * The kind of content, or an {@link InputRejectedException} naming the file, what it is and what
	 * was expected.
	 */
	static UploadedContent of(SourceFile source) {
		byte[] start = start(source);
		if (ContentSniffer.isXlsxWorkbook(source)) {
			return WORKBOOK;
		}
		if (isZip(start)) {
			return ZIP;
		}
		if (startsWith(start, OLE2)) {
			throw new InputRejectedException(source.displayName(),
					"this is an Excel 97-2003 workbook (.xls) or another Office binary file; open it in Excel and "
							+ "save it as .xlsx or CSV UTF-8; " + EXPECTED);
		}
		Optional<List<String>> header = ContentSniffer.csvHeader(source);
		if (header.isPresent() && header.get().size() >= 2) {
			return CSV;
		}
		if (header.isPresent()) {
			// One column: prose, or values separated by something else, as Excel does in some locales.
			String first = header.get().get(0);
			String shown = first.length() > 80 ? first.substring(0, 80) + "..." : first;
			String hint = first.contains(";") || first.contains("\t")
					? " (it looks separated by " + (first.contains(";") ? "semicolons" : "tabs")
							+ ": save it as CSV UTF-8, comma-separated)"
					: "";
			throw new InputRejectedException(source.displayName(), 1, null,
					"the first line '" + shown + "' is not a header of column names separated by commas" + hint
							+ "; " + EXPECTED);
		}
		throw new InputRejectedException(source.displayName(),
				"this is " + ContentSniffer.describe(source) + "; " + EXPECTED);
	}

	/** Whether the first bytes of a file are those of a zip archive (a release zip, or a workbook). */
	static boolean isZip(byte[] start) {
		return startsWith(start, ZIP_ENTRY) || startsWith(start, EMPTY_ZIP);
	}

	private static byte[] start(SourceFile source) {
		try (InputStream input = source.open()) {
			return input.readNBytes(4);
		}
		catch (IOException ex) {
			throw new InputRejectedException(source.displayName(), "the file cannot be read: " + ex.getMessage());
		}
	}

	private static boolean startsWith(byte[] start, byte[] signature) {
		return start.length >= signature.length
				&& Arrays.equals(Arrays.copyOf(start, signature.length), signature);
	}

}
