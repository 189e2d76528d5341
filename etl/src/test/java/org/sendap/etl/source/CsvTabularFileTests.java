package org.sendap.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sendap.etl.testsupport.TimelinessRows.ENGLAND_2019;
import static org.sendap.etl.testsupport.TimelinessRows.FILE_NAME;
import static org.sendap.etl.testsupport.TimelinessRows.HEADER;
import static org.sendap.etl.testsupport.TimelinessRows.HEREFORDSHIRE_2019;
import static org.sendap.etl.testsupport.TimelinessRows.SHROPSHIRE_2019;
import static org.sendap.etl.testsupport.TimelinessRows.SHROPSHIRE_2023;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.sendap.etl.testsupport.TimelinessRows;

class CsvTabularFileTests {

	private static final byte[] BYTE_ORDER_MARK = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	@Test
	void byteOrderMarkIsStrippedFromTheFirstColumnName() {
		try (CsvTabularFile file = open(bytes(BYTE_ORDER_MARK, text(HEADER, ENGLAND_2019)))) {
			assertThat(file.header()).hasSize(26);
			assertThat(file.header().get(0)).isEqualTo("time_period");
		}
	}

	@Test
	void byteOrderMarkBeforeAQuotedHeaderIsStripped() {
		String quotedHeader = "\"" + HEADER.replace(",", "\",\"") + "\"";

		try (CsvTabularFile file = open(bytes(BYTE_ORDER_MARK, text(quotedHeader, ENGLAND_2019)))) {
			assertThat(file.header().get(0)).isEqualTo("time_period");
		}
	}

	@Test
	void rowsAreReadInOrderUntilTheEnd() {
		try (CsvTabularFile file = open(text(HEADER, ENGLAND_2019, SHROPSHIRE_2023))) {
			List<SourceRow> rows = readAll(file);

			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).values()).isEqualTo(TimelinessRows.values(SHROPSHIRE_2023));
			assertThat(rows.get(1).value(9)).isEqualTo("Shropshire");
		}
	}

	@Test
	void quotedFieldKeepsItsComma() {
		try (CsvTabularFile file = open(text(HEADER, HEREFORDSHIRE_2019))) {
			SourceRow row = file.nextRow();

			assertThat(row.values()).hasSize(26);
			assertThat(row.value(9)).isEqualTo("Herefordshire, County of");
		}
	}

	@Test
	void emptyLinesAreIgnored() {
		try (CsvTabularFile file = open(text(HEADER, ENGLAND_2019, "", SHROPSHIRE_2023, ""))) {
			assertThat(readAll(file)).hasSize(2);
		}
	}

	@Test
	void lastRowCutShortIsRejectedAsTruncatedNamingFileAndLine() {
		String cutInTheMiddle = SHROPSHIRE_2023.substring(0, 60);

		try (CsvTabularFile file = open(text(HEADER, ENGLAND_2019) + cutInTheMiddle)) {
			file.nextRow();

			assertThatExceptionOfType(InputRejectedException.class).isThrownBy(file::nextRow)
				.satisfies(rejected -> assertThat(rejected.file()).isEqualTo(FILE_NAME))
				.withMessageStartingWith("timeliness_20_week.csv, line ")
				.withMessageContaining("the row has 6 fields but the header has 26")
				.withMessageContaining("truncated");
		}
	}

	@Test
	void rowWithFewerFieldsInsideTheFileIsRejectedWithTheFieldCounts() {
		String shortRow = SHROPSHIRE_2019.substring(0, SHROPSHIRE_2019.lastIndexOf(",x,x"));

		try (CsvTabularFile file = open(text(HEADER, shortRow, SHROPSHIRE_2023))) {
			assertThatExceptionOfType(InputRejectedException.class).isThrownBy(file::nextRow)
				.withMessageStartingWith("timeliness_20_week.csv, line ")
				.withMessageContaining("the row has 24 fields but the header has 26")
				.withMessageNotContaining("truncated");
		}
	}

	@Test
	void rowWithMoreFieldsThanTheHeaderIsRejected() {
		try (CsvTabularFile file = open(text(HEADER, SHROPSHIRE_2023 + ",1"))) {
			assertThatExceptionOfType(InputRejectedException.class).isThrownBy(file::nextRow)
				.withMessageContaining("the row has 27 fields but the header has 26");
		}
	}

	@Test
	void quoteLeftOpenAtTheEndIsRejected() {
		String openQuote = HEREFORDSHIRE_2019.substring(0, HEREFORDSHIRE_2019.indexOf("County of"));

		try (CsvTabularFile file = open(text(HEADER, ENGLAND_2019) + openQuote)) {
			file.nextRow();

			assertThatExceptionOfType(InputRejectedException.class).isThrownBy(file::nextRow)
				.withMessageStartingWith("timeliness_20_week.csv, line ")
				.withMessageContaining("a quoted field is not closed before the end of the file");
		}
	}

	@Test
	void excelWorkbookIsRejectedAsNotCsv() throws IOException {
		byte[] workbook = Files.readAllBytes(TestFiles.fixture(Fixtures.WORKBOOK));

		assertThatExceptionOfType(InputRejectedException.class)
			.isThrownBy(() -> CsvTabularFile.open("la_code_list.xlsx", new ByteArrayInputStream(workbook)))
			.withMessage("la_code_list.xlsx: this is a zip archive or an Excel workbook, not a CSV file; "
					+ "expected comma-separated text with a header row");
	}

	@Test
	void binaryFileIsRejectedAsNotCsv() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' };

		assertThatExceptionOfType(InputRejectedException.class)
			.isThrownBy(() -> CsvTabularFile.open("chart.png", new ByteArrayInputStream(png)))
			.withMessageStartingWith("chart.png: this is a binary file (byte 9 is NUL), not a CSV file");
	}

	@Test
	void pdfIsRejectedAsNotCsv() {
		assertThatExceptionOfType(InputRejectedException.class)
			.isThrownBy(() -> open(bytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))))
			.withMessageContaining("this is a PDF document, not a CSV file");
	}

	@Test
	void textThatIsNotUtf8IsRejected() {
		byte[] windows1252 = text(HEADER, SHROPSHIRE_2023.replace("Shropshire", "Shropshire \u00a3"))
			.getBytes(StandardCharsets.ISO_8859_1);

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> {
			try (CsvTabularFile file = open(windows1252)) {
				readAll(file);
			}
		}).withMessageStartingWith("timeliness_20_week.csv").withMessageContaining("not UTF-8");
	}

	@Test
	void emptyFileIsRejected() {
		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> open(new byte[0]))
			.withMessage("timeliness_20_week.csv, line 1: the file is empty; expected a header row of column names");
	}

	@Test
	void rowsAreNumberedByTheLineTheyStartOn() {
		try (CsvTabularFile file = open(text(HEADER, ENGLAND_2019, "", SHROPSHIRE_2023))) {
			assertThat(file.nextRow().line()).isEqualTo(2);
			assertThat(file.nextRow().line()).isEqualTo(4);
		}
	}

	@Test
	void rowCutShortIsReportedAtItsLine() {
		String cutInTheMiddle = SHROPSHIRE_2023.substring(0, 60);

		try (CsvTabularFile file = open(text(HEADER, ENGLAND_2019) + cutInTheMiddle)) {
			file.nextRow();

			assertThatExceptionOfType(InputRejectedException.class).isThrownBy(file::nextRow)
				.satisfies(rejected -> assertThat(rejected.line()).isEqualTo(3))
				.withMessageStartingWith("timeliness_20_week.csv, line 3: ");
		}
	}

	private static CsvTabularFile open(String text) {
		return open(text.getBytes(StandardCharsets.UTF_8));
	}

	private static CsvTabularFile open(byte[] content) {
		return CsvTabularFile.open(FILE_NAME, new ByteArrayInputStream(content));
	}

	/** Lines, each ended by a newline as in the published files. */
	private static String text(String... lines) {
		StringBuilder text = new StringBuilder();
		for (String line : lines) {
			text.append(line).append('\n');
		}
		return text.toString();
	}

	private static byte[] bytes(byte[] prefix, String text) {
		return bytes(prefix, text.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] bytes(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static List<SourceRow> readAll(CsvTabularFile file) {
		List<SourceRow> rows = new ArrayList<>();
		for (SourceRow row = file.nextRow(); row != null; row = file.nextRow()) {
			rows.add(row);
		}
		return rows;
	}

}
