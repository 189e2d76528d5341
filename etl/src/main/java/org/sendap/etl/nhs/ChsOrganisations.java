package org.sendap.etl.nhs;

import java.util.Optional;

import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * The organisation each row of a by-service table names, rows read in sheet order: its name and code,
 * and its type, which an edition may give once for the rows below it (the March to July 2023 editions
 * name it on the first row of each group only).
 */
final class ChsOrganisations {

	private final ChsAreas areas = new ChsAreas(NhsGeography.shipped());

	private String sheet;

	private String type = "";

	/** An organisation row: its name and code as the workbook gives them, and its area or why it has none. */
	record Organisation(String name, String code, ChsAreas.Placed placed) {
	}

	/** The organisation of a row of the table, or empty for a row that names none. */
	Optional<Organisation> of(ChsTable table, SheetRow row) {
		if (!row.sheet().equals(this.sheet)) {
			this.sheet = row.sheet();
			this.type = "";
		}
		String type = row.cell(table.typeColumn()).strip();
		if (!type.isEmpty()) {
			this.type = type;
		}
		String name = row.cell(table.nameColumn()).strip();
		if (name.isEmpty()) {
			return Optional.empty();
		}
		String code = table.codeColumn() == ChsColumns.NONE ? "" : row.cell(table.codeColumn()).strip();
		return Optional.of(new Organisation(name, code, this.areas.place(this.type, name, code)));
	}

}
