package org.sendap.etl.pipeline;

import java.util.List;
import java.util.function.Function;

import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Streams an Excel workbook as observations: each row of each sheet, in order, is handed to the
 * layout's mapper, which makes none of it (a title, a row of another table) or several.
 */
public class WorkbookObservationReader extends MappedObservationReader<SheetRow> {

	private final SourceFile source;

	private WorkbookRows workbook;

	public WorkbookObservationReader(SourceFile source, Function<SheetRow, List<Observation>> mapper) {
		super("workbookObservationReader", mapper);
		this.source = source;
	}

	@Override
	protected void doOpen() {
		this.workbook = WorkbookRows.open(this.source);
	}

	@Override
	protected SheetRow nextRow() {
		return this.workbook.next();
	}

	@Override
	protected void doClose() {
		if (this.workbook != null) {
			this.workbook.close();
			this.workbook = null;
		}
	}

}
