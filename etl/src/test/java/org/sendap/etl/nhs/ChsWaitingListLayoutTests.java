package org.sendap.etl.nhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sendap.etl.nhs.ChsEditions.SALT;
import static org.sendap.etl.nhs.ChsEditions.changed;
import static org.sendap.etl.nhs.ChsEditions.edition;
import static org.sendap.etl.nhs.ChsEditions.everyTable;
import static org.sendap.etl.nhs.ChsEditions.headers;
import static org.sendap.etl.nhs.ChsEditions.insertColumn;
import static org.sendap.etl.nhs.ChsEditions.moveToEnd;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The by-service tables of every shipped edition, their organisation columns found by what the
 * headers say or, where an edition gives no header text, by what the columns hold; and editions
 * changed as NHS England changes them: columns moved or headers spelt another way are still found, a
 * column the reader cannot place rejects the workbook with its sheet, header row and what was
 * expected. Counts of rows were read from the workbooks independently of this code.
 */
class ChsWaitingListLayoutTests {

	private static final String NOVEMBER = "2023-11";

	/** Table 4's header row, 0-based, in the editions from August 2023 on (row 5 as Excel numbers it). */
	private static final int HEADER_ROW = 4;

	private final ChsWaitingListLayout layout = new ChsWaitingListLayout();

	@TempDir
	Path folder;

	@ParameterizedTest(name = "edition of {0}: type {1}, code {2}, name {3}")
	@CsvSource({ "2023-03, B, , C, 1512", "2023-04, B, , C, 1488", "2023-05, B, , C, 1488", "2023-06, B, , C, 1488",
			"2023-07, B, , C, 1496", "2023-08, A, , B, 1456", "2023-09, A, , B, 1432", "2023-11, A, B, C, 1456" })
	void everyShippedEditionHasItsOrganisationColumnsFoundAndEveryRowPlaced(String published, String type, String code,
			String name, long rows) {
		ChsWorkbookInspector.Inspection inspection = ChsWorkbookInspector.inspect(SourceFile.onDisk(edition(published)));

		assertThat(inspection.tables()).hasSize(8).allSatisfy(table -> {
			assertThat(WorkbookRows.columnLetter(table.typeColumn())).isEqualTo(type);
			assertThat(table.codeColumn() == ChsColumns.NONE ? null : WorkbookRows.columnLetter(table.codeColumn()))
				.isEqualTo(code);
			assertThat(WorkbookRows.columnLetter(table.nameColumn())).isEqualTo(name);
			assertThat(table.services()).hasSize(47).containsValue(SALT);
		});
		assertThat(inspection.rows()).isEqualTo(rows);
		assertThat(inspection.findings()).as("no ICB or region name or code the lookup does not know").isEmpty();
	}

	@Test
	void theNovemberEditionPlacesEveryRowAndReadsTheIcbByItsCode() throws Exception {
		SourceFile november = SourceFile.onDisk(edition(NOVEMBER));

		Read read = readAll(november);

		assertThat(read.skipped()).isEmpty();
		assertThat(read.observations()).isEqualTo(28_379);
		Observation salt = read.qocSalt().get(0);
		assertThat(salt.sheet()).isEqualTo("Table 4");
		assertThat(salt.area().code()).isEqualTo("E54000011");
		assertThat(salt.area().odsCode()).isEqualTo("QOC");
		assertThat(salt.period().label()).isEqualTo("September 2023");
		assertThat(salt.values()).singleElement().satisfies(value -> {
			assertThat(value.indicatorColumn()).isEqualTo("waiting_list_total");
			assertThat(value.value()).isEqualByComparingTo(new BigDecimal("571"));
		});
	}

	@Test
	void columnsMovedAndHeadersSpeltAnotherWayAreFoundWhereverTheyStand() throws Exception {
		// The code column moved after the last service, the names before the types, the headers in
		// capitals with doubled spaces.
		Path moved = changed(edition(NOVEMBER), this.folder, "community_health_moved_columns.xlsx",
				everyTable(moveToEnd(1).andThen(moveToEnd(0))
					.andThen(headers(HEADER_ROW, header -> header.toUpperCase(Locale.ROOT).replace(" ", "  ")))));

		ChsTable table = ChsWorkbookInspector.inspect(SourceFile.onDisk(moved)).tables().get(0);

		assertThat(WorkbookRows.columnLetter(table.nameColumn())).isEqualTo("A");
		assertThat(table.codeColumn()).isGreaterThan(lastService(table));
		assertThat(table.typeColumn()).isGreaterThan(table.codeColumn());
		Read read = readAll(SourceFile.onDisk(moved));
		assertThat(read.skipped()).isEmpty();
		assertThat(read.observations()).isEqualTo(28_379);
		assertThat(read.qocSalt().get(0).values().get(0).value()).isEqualByComparingTo("571");
	}

	@Test
	void aColumnWithoutHeaderTextIsFoundByWhatItHoldsWhereverItStands() throws Exception {
		// The March 2023 edition gives no header text over its types and names: the types moved after
		// the last service are still the types.
		Path moved = changed(edition("2023-03"), this.folder, "community_health_moved_types.xlsx", everyTable(moveToEnd(1)));

		ChsTable table = ChsWorkbookInspector.inspect(SourceFile.onDisk(moved)).tables().get(0);

		assertThat(table.typeColumn()).isGreaterThan(lastService(table));
		assertThat(WorkbookRows.columnLetter(table.nameColumn())).isEqualTo("B");
		Read read = readAll(SourceFile.onDisk(moved));
		assertThat(read.skipped()).isEmpty();
		assertThat(read.qocSalt().get(0).values().get(0).value()).isEqualByComparingTo("859");
	}

	@Test
	void anInsertedColumnTheReaderCannotPlaceRejectsTheWorkbookNamingSheetHeaderRowAndWhatWasExpected() {
		Path inserted = changed(edition(NOVEMBER), this.folder, "community_health_inserted_column.xlsx",
				everyTable(insertColumn(HEADER_ROW, 1, "Sub-ICB Location Code", "M2L0M")));

		assertThatThrownBy(() -> this.layout.inspect(SourceFile.onDisk(inserted)))
			.isInstanceOf(InputRejectedException.class)
			.hasMessage("community_health_inserted_column.xlsx: sheet 'Table 4', header row 5: column B is headed "
					+ "'Sub-ICB Location Code', a column the reader cannot place; expected the organisation's type, code or "
					+ "name (Organisation Type, Organisation Code, Organisation Name or another spelling in "
					+ "nhs/chs_columns.txt) or a service (a label of nhs/chs_services.txt, or one starting (A) or (CYP)); "
					+ "nothing of the workbook was imported");
	}

	@Test
	void aRenamedOrganisationColumnRejectsTheWorkbook() {
		Path renamed = changed(edition("2023-09"), this.folder, "community_health_renamed_column.xlsx",
				everyTable(headers(HEADER_ROW, header -> header.equals("Organisation Type") ? "Sector" : header)));

		assertThatThrownBy(() -> this.layout.inspect(SourceFile.onDisk(renamed)))
			.isInstanceOf(InputRejectedException.class)
			.hasMessageContaining("sheet 'Table 4', header row 5: column A is headed 'Sector'");
	}

	@Test
	void aColumnWithoutHeaderTextHoldingSomethingElseRejectsTheWorkbook() {
		Path inserted = changed(edition("2023-03"), this.folder, "community_health_unlabelled_column.xlsx",
				everyTable(insertColumn(5, 1, null, "Community")));

		assertThatThrownBy(() -> this.layout.inspect(SourceFile.onDisk(inserted)))
			.isInstanceOf(InputRejectedException.class)
			.hasMessageContaining("sheet 'Table 4', header row 6: column B has no header text and holds 'Community' "
					+ "(row 7), a column the reader cannot place; expected, without header text, organisation types "
					+ "(nhs/chs_organisation_types.txt), ODS codes or the organisation names (the column holding 'England' "
					+ "in England's row 7)");
	}

	@Test
	void twoColumnsOfNamesRejectTheWorkbook() {
		Path twice = changed(edition(NOVEMBER), this.folder, "community_health_two_name_columns.xlsx",
				everyTable(insertColumn(HEADER_ROW, 3, "Name", "England")));

		assertThatThrownBy(() -> this.layout.inspect(SourceFile.onDisk(twice)))
			.isInstanceOf(InputRejectedException.class)
			.hasMessageContaining("sheet 'Table 4', header row 5: columns C (headed 'Organisation Name') and D (headed "
					+ "'Name') each hold the organisation name; expected one such column");
	}

	private static int lastService(ChsTable table) {
		return table.services().keySet().stream().max(Integer::compare).orElseThrow();
	}

	/** What the reader made of a workbook: observations, skipped rows, and the ICB's total SALT list. */
	private record Read(long observations, List<Observation> skipped, List<Observation> qocSalt) {
	}

	private Read readAll(SourceFile file) throws Exception {
		LayoutInspection inspection = this.layout.inspect(file);
		ItemStreamReader<Observation> reader = this.layout.reader(file, inspection.plan());
		long observations = 0;
		List<Observation> skipped = new ArrayList<>();
		List<Observation> qocSalt = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (Observation observation = reader.read(); observation != null; observation = reader.read()) {
				if (observation.isSkipped()) {
					skipped.add(observation);
					continue;
				}
				observations++;
				if ("QOC".equals(observation.area().odsCode()) && observation.sheet().equals("Table 4")
						&& SALT.equals(observation.breakdown().filters().get(ChsRowMapper.SERVICE))) {
					qocSalt.add(observation);
				}
			}
		}
		finally {
			reader.close();
		}
		return new Read(observations, skipped, qocSalt);
	}

}
