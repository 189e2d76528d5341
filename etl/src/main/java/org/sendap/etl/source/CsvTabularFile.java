package org.sendap.etl.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * A CSV file read with Commons CSV: UTF-8 with or without a byte-order mark. A row with a different
 * number of fields from the header, a quote left open at the end of the file, bytes that are not
 * text, or a missing header are rejected with the line where the problem is.
 */
public final class CsvTabularFile implements TabularFile {

	// Empty lines are skipped here rather than by the parser, so that line numbers stay exact.
	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setIgnoreEmptyLines(false)
		.setTrim(false)
		.get();

	private final String name;

	private final CSVParser parser;

	private final Iterator<CSVRecord> records;

	private final List<String> header;

	private CsvTabularFile(String name, CSVParser parser, Iterator<CSVRecord> records, List<String> header) {
		this.name = name;
		this.parser = parser;
		this.records = records;
		this.header = header;
	}

	public static CsvTabularFile open(String name, InputStream input) {
		try {
			BufferedInputStream buffered = new BufferedInputStream(
					BOMInputStream.builder().setInputStream(input).get(), 1 << 16);
			rejectBinary(name, buffered);
			Reader reader = new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT));
			CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
			Iterator<CSVRecord> records = parser.iterator();
			CSVRecord first = nextNonEmpty(records);
			if (first == null) {
				parser.close();
				throw new InputRejectedException(name, 1, null, "the file is empty; expected a header row of column names");
			}
			List<String> header = new ArrayList<>();
			for (String column : first) {
				header.add(column.trim());
			}
			return new CsvTabularFile(name, parser, records, header);
		}
		catch (IOException | UncheckedIOException ex) {
			throw rejection(name, 1, ex);
		}
	}

	private static void rejectBinary(String name, BufferedInputStream input) throws IOException {
		input.mark(4096);
		byte[] start = input.readNBytes(4096);
		input.reset();
		if (start.length >= 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4) {
			throw new InputRejectedException(name, "this is a zip archive or an Excel workbook, not a CSV file; "
					+ "expected comma-separated text with a header row");
		}
		if (start.length >= 4 && start[0] == '%' && start[1] == 'P' && start[2] == 'D' && start[3] == 'F') {
			throw new InputRejectedException(name, "this is a PDF document, not a CSV file; "
					+ "expected comma-separated text with a header row");
		}
		for (int i = 0; i < start.length; i++) {
			if (start[i] == 0) {
				throw new InputRejectedException(name, "this is a binary file (byte " + (i + 1)
						+ " is NUL), not a CSV file; expected comma-separated text with a header row");
			}
		}
	}

	private static boolean isEmptyLine(CSVRecord record) {
		return record.size() == 1 && record.get(0).isEmpty();
	}

	private static CSVRecord nextNonEmpty(Iterator<CSVRecord> records) {
		while (records.hasNext()) {
			CSVRecord record = records.next();
			if (!isEmptyLine(record)) {
				return record;
			}
		}
		return null;
	}

	@Override
	public List<String> header() {
		return this.header;
	}

	@Override
	public SourceRow nextRow() {
		long line = this.parser.getCurrentLineNumber() + 1;
		try {
			CSVRecord record;
			do {
				// Read before the parser reads the record: afterwards it also counts the record's line break.
				line = this.parser.getCurrentLineNumber() + 1;
				record = this.records.hasNext() ? this.records.next() : null;
			}
			while (record != null && isEmptyLine(record));
			if (record == null) {
				return null;
			}
			if (record.size() != this.header.size()) {
				boolean last = nextNonEmpty(this.records) == null;
				throw new InputRejectedException(this.name, line, null, "the row has " + record.size()
						+ " fields but the header has " + this.header.size() + (last ? " (is the file truncated?)" : ""));
			}
			return new SourceRow(line, record.toList());
		}
		catch (UncheckedIOException ex) {
			throw rejection(this.name, line, ex);
		}
	}

	private static InputRejectedException rejection(String name, long line, Exception ex) {
		Throwable cause = ex instanceof UncheckedIOException unchecked ? unchecked.getCause() : ex;
		if (cause instanceof CharacterCodingException) {
			return new InputRejectedException(name, line,
					"the file is not UTF-8 text; expected a CSV file saved as UTF-8", ex);
		}
		String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
		if (detail.contains("EOF reached before encapsulated token finished")) {
			return new InputRejectedException(name, line,
					"a quoted field is not closed before the end of the file (is the file truncated?)", ex);
		}
		return new InputRejectedException(name, line, "the file cannot be read as CSV: " + detail, ex);
	}

	@Override
	public void close() {
		try {
			this.parser.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
