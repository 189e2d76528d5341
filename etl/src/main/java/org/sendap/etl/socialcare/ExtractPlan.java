package org.sendap.etl.socialcare;

import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Where the inspection found the extract's table: its sheet, its header row (as Excel numbers rows)
 * and its columns. Kept with the job as JSON, so that the reader goes straight to the table.
 */
record ExtractPlan(String sheet, int headerRow, ExtractColumns columns) {

	/** Whether the row is one of the table's rows of counts. */
	boolean holds(SheetRow row) {
		return row.sheet().equals(this.sheet) && row.row() > this.headerRow && ExtractRowMapper.isTableRow(row);
	}

}
