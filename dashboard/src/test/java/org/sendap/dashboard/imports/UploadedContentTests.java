package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;

/**
 * Content, not names: each file here has a name that says something else than what it holds.
 */
class UploadedContentTests {

	@TempDir
	Path folder;

	private SourceFile file(String name, byte[] content) throws IOException {
		return SourceFile.onDisk(Files.write(this.folder.resolve(name), content));
	}

	private SourceFile zip(String name, String entry) throws IOException {
		Path path = this.folder.resolve(name);
		try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write("time_period,geographic_level\n".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return SourceFile.onDisk(path);
	}

	@Test
	void csvTextWithAHeaderIsCsvWhateverItsName() throws IOException {
		SourceFile csv = file("export.txt", "\uFEFFtime_period,time_identifier,geographic_level\n202324,Academic year,National\n"
			.getBytes(StandardCharsets.UTF_8));

		assertThat(UploadedContent.of(csv)).isEqualTo(UploadedContent.CSV);
	}

	@Test
	void workbookAndZipAreToldApartByWhatIsInside() throws IOException {
		assertThat(UploadedContent.of(zip("download", "data/sen2_mi.csv"))).isEqualTo(UploadedContent.ZIP);
		assertThat(UploadedContent.of(zip("release.zip", "xl/workbook.xml"))).isEqualTo(UploadedContent.WORKBOOK);
	}

	@Test
	void pdfIsRefusedSayingWhatItIsAndWhatWasExpected() throws IOException {
		SourceFile pdf = file("data.csv", "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1));

		assertThatThrownBy(() -> UploadedContent.of(pdf)).isInstanceOf(InputRejectedException.class)
			.hasMessage("data.csv: this is a PDF document; " + UploadedContent.EXPECTED);
	}

	@Test
	void oldExcelWorkbookIsRefusedWithHowToSaveIt() throws IOException {
		SourceFile xls = file("la_codes.xls", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0 });

		assertThatThrownBy(() -> UploadedContent.of(xls)).hasMessageContaining("Excel 97-2003 workbook (.xls)")
			.hasMessageContaining("save it as .xlsx or CSV UTF-8");
	}

	@Test
	void textWithoutCommasIsRefusedAndSemicolonsAreNamed() throws IOException {
		SourceFile prose = file("notes.csv", "Remember to download the 2025 release\n".getBytes(StandardCharsets.UTF_8));
		SourceFile semicolons = file("excel-export.csv", "time_period;geographic_level\n2024;National\n"
			.getBytes(StandardCharsets.UTF_8));

		assertThatThrownBy(() -> UploadedContent.of(prose))
			.hasMessageStartingWith("notes.csv, line 1: the first line 'Remember to download the 2025 release' is not a "
					+ "header of column names separated by commas");
		assertThatThrownBy(() -> UploadedContent.of(semicolons)).hasMessageContaining("separated by semicolons");
	}

	@Test
	void emptyFileIsRefused() throws IOException {
		assertThatThrownBy(() -> UploadedContent.of(file("empty.csv", new byte[0])))
			.hasMessage("empty.csv: this is an empty file; " + UploadedContent.EXPECTED);
	}

}
