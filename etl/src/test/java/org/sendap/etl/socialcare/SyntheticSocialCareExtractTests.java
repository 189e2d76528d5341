package org.sendap.etl.socialcare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * The shipped synthetic extracts can be made again: the generator writes the same cells, so that a
 * change to it (or to the files) shows here, and the files say they are synthetic wherever they are read.
 */
class SyntheticSocialCareExtractTests {

	@TempDir
	Path folder;

	@Test
	void theGeneratorWritesTheCellsOfTheShippedWorkbooks() {
		List<Path> generated = SyntheticSocialCareExtract.writeAll(this.folder);

		assertThat(generated).extracting(path -> path.getFileName().toString())
			.containsExactly("send-known-to-social-care_2025-09.xlsx", "send-known-to-social-care_2025-10.xlsx");
		assertThat(rows(SourceFile.onDisk(generated.get(0)))).isEqualTo(rows(ShippedExtracts.september()));
		assertThat(rows(SourceFile.onDisk(generated.get(1)))).isEqualTo(rows(ShippedExtracts.october()));
	}

	@Test
	void bothSheetsSayTheFiguresAreSynthetic() {
		assertThat(rows(ShippedExtracts.october())).filteredOn(row -> row.row() == 2)
			.extracting(row -> row.cell(0))
			.allSatisfy(text -> assertThat(text).contains("SYNTHETIC DATA"))
			.hasSize(2);
	}

	private static List<SheetRow> rows(SourceFile file) {
		List<SheetRow> rows = new ArrayList<>();
		try (WorkbookRows workbook = WorkbookRows.open(file)) {
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				rows.add(row);
			}
		}
		return rows;
	}

}
