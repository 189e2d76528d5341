package org.sendap.etl.socialcare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.source.CalendarDates;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Reads a social-care extract workbook whole before anything of it is written: finds the table by its
 * header row (within the first rows of a sheet, below the report's title lines), rejects the workbook
 * if any sheet has a table with a column that looks like a personal identifier, maps every row of the
 * table (so that an unknown LA code, a date that is not one or a category the layout does not define
 * rejects the file), holds the report to one snapshot date, reports each count that is neither a
 * number nor a suppression symbol and each snapshot date that is no day of the calendar (its row is
 * skipped).
 */
final class ExtractInspector {

	/** How far down a sheet the header row may be: a report's title, parameters and a blank line or two. */
	static final int HEADER_SEARCH_ROWS = 30;

	/** A row with at least this many filled cells is a table's, and the first of them on a sheet its header. */
	private static final int TABLE_CELLS = 3;

	record Inspection(ExtractPlan plan, LocalDate snapshot, long rows, List<Finding> findings) {
	}

	private final SourceFile source;

	private final String file;

	private final List<Finding> findings = new ArrayList<>();

	private String sheet;

	private boolean sheetHeaderChecked;

	private ExtractPlan plan;

	private ExtractRowMapper mapper;

	private LocalDate snapshot;

	private int snapshotRow;

	private long rows;

	private ExtractInspector(SourceFile source) {
		this.source = source;
		this.file = source.displayName();
	}

	static Inspection inspect(SourceFile source) {
		return new ExtractInspector(source).run();
	}

	/** Whether a sheet of the workbook has the extract's header row. */
	static boolean hasHeaderRow(SourceFile source) {
		try (WorkbookRows workbook = WorkbookRows.open(source)) {
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				if (isHeader(row)) {
					return true;
				}
			}
			return false;
		}
		catch (InputRejectedException ex) {
			return false;
		}
	}

	private static boolean isHeader(SheetRow row) {
		return row.row() <= HEADER_SEARCH_ROWS && ExtractColumns.isHeader(row);
	}

	private Inspection run() {
		try (WorkbookRows workbook = WorkbookRows.open(this.source)) {
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				if (!row.sheet().equals(this.sheet)) {
					this.sheet = row.sheet();
					this.sheetHeaderChecked = false;
				}
				if (isHeader(row)) {
					startTable(row);
				}
				else if (inTable(row)) {
					check(row);
				}
				else if (!this.sheetHeaderChecked && ExtractRowMapper.filledCells(row) >= TABLE_CELLS) {
					// Another table (a drill-down of the report, say): it must not list children either.
					PersonalIdentifiers.reject(this.file, row);
					this.sheetHeaderChecked = true;
				}
			}
		}
		if (this.plan == null) {
			throw new InputRejectedException(this.file, "no sheet has a header row naming the columns "
					+ String.join(", ", ExtractColumns.HEADERS) + " within its first " + HEADER_SEARCH_ROWS + " rows");
		}
		if (this.rows == 0) {
			throw new InputRejectedException(this.file, this.plan.headerRow(), null,
					"sheet '" + this.plan.sheet() + "': the table has a header row but no rows of counts below it");
		}
		if (this.snapshot == null) {
			Finding first = this.findings.get(0);
			throw new InputRejectedException(this.file, first.line(), first.column(), "sheet '" + first.sheet()
					+ "': no row has a snapshot date that is a day of the calendar; the first: " + first.message());
		}
		return new Inspection(this.plan, this.snapshot, this.rows, this.findings);
	}

	private void startTable(SheetRow header) {
		PersonalIdentifiers.reject(this.file, header);
		this.sheetHeaderChecked = true;
		if (this.plan != null) {
			throw new InputRejectedException(this.file, header.row(), null, "sheet '" + header.sheet()
					+ "': a second table; the extract has one, found on sheet '" + this.plan.sheet() + "' row "
					+ this.plan.headerRow());
		}
		this.plan = new ExtractPlan(header.sheet(), header.row(), ExtractColumns.locate(this.file, header));
		this.mapper = new ExtractRowMapper(this.file, this.plan);
	}

	private boolean inTable(SheetRow row) {
		return this.plan != null && this.plan.holds(row);
	}

	private void check(SheetRow row) {
		this.rows++;
		CalendarDates.Reading snapshotDate = this.mapper.snapshotDate(row);
		if (snapshotDate.isNotInCalendar()) {
			int column = this.plan.columns().snapshotDate();
			this.findings.add(Finding.of(QualityCheck.IMPOSSIBLE_DATE, this.file, (long) row.row(),
					WorkbookRows.columnLetter(column), row.cell(column).strip(),
					this.mapper.notInCalendar(row, snapshotDate) + "; the row is skipped")
				.inSheet(row.sheet()));
			return;
		}
		this.mapper.map(row);
		LocalDate date = snapshotDate.date();
		if (this.snapshot == null) {
			this.snapshot = date;
			this.snapshotRow = row.row();
		}
		else if (!date.equals(this.snapshot)) {
			throw this.mapper.reject(row, this.plan.columns().snapshotDate(), ExtractColumns.SNAPSHOT_DATE + " "
					+ ExtractRowMapper.shown(date) + " differs from " + ExtractRowMapper.shown(this.snapshot) + " on row "
					+ this.snapshotRow + "; the report is of one snapshot: export each month's to a workbook of its own");
		}
		String problem = this.mapper.countProblem(row);
		if (problem != null) {
			int column = this.plan.columns().children();
			this.findings.add(Finding.of(QualityCheck.UNKNOWN_SYMBOL, this.file, (long) row.row(),
					WorkbookRows.columnLetter(column), row.cell(column).strip(), problem)
				.inSheet(row.sheet()));
		}
	}

}
