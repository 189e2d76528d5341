package org.sendap.etl.socialcare;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.DateUtil;
import org.sendap.etl.ees.EesPeriods;
import org.sendap.etl.ees.SuppressionSymbols;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.reference.LocalAuthorities;
import org.sendap.etl.source.CalendarDates;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * One row of the extract's table to one observation: the number of children of an LA on the snapshot
 * date (its month is the period) in a team, age band, EHC plan status and social-care status. A row
 * it cannot place is rejected with its sheet, row, column and what was expected: the inspection maps
 * every row before anything is written, so the load never meets one. A row whose snapshot date is in
 * the form of a date but no day of the calendar (31/09/2025) is skipped with the reason, never moved
 * to another day.
 */
final class ExtractRowMapper {

	static final String INDICATOR = "children";

	/** A date a report writes as text: as the UK writes it, or ISO. */
	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(CalendarDates.strict("d/M/uuuu"),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	private static final int EARLIEST_YEAR = 2000;

	private static final int LATEST_YEAR = 2099;

	private final String file;

	private final ExtractPlan plan;

	private final LocalAuthorities authorities = LocalAuthorities.shipped();

	private final Map<LocalDate, PeriodRef> periods = new HashMap<>();

	ExtractRowMapper(String file, ExtractPlan plan) {
		this.file = file;
		this.plan = plan;
	}

	/**
	 * Whether a row below the header is a row of the table: an empty row, or one with a single filled
	 * cell (a note such as "Report run 03/11/2025 07:02"), is not.
	 */
	static boolean isTableRow(SheetRow row) {
		return filledCells(row) > 1;
	}

	static long filledCells(SheetRow row) {
		return row.cells().stream().filter(cell -> !cell.isBlank()).count();
	}

	/** The row's observation, or the row skipped when its snapshot date is not a day of the calendar. */
	Observation map(SheetRow row) {
		CalendarDates.Reading snapshot = snapshotDate(row);
		if (snapshot.isNotInCalendar()) {
			return Observation.skippedInSheet(row.sheet(), row.row(), notInCalendar(row, snapshot));
		}
		return Observation.inSheet(row.sheet(), row.row(), area(row),
				this.periods.computeIfAbsent(snapshot.date(), ExtractRowMapper::month), breakdown(row),
				List.of(children(row)));
	}

	private AreaRef area(SheetRow row) {
		int column = this.plan.columns().laCode();
		String code = row.cell(column).strip();
		return this.authorities.byCode(code)
			.orElseThrow(() -> reject(row, column, ExtractColumns.LA_CODE + " '" + code
					+ "' is not the code of an English local authority; expected its ONS code such as E06000051 or its "
					+ "DfE number such as 893 (the codes of " + LocalAuthorities.LOOKUP + ")"));
	}

	/**
	 * The day of the snapshot, or why a text in the form of a date names no day of the calendar
	 * ({@code 31/09/2025}); a cell that is no date at all rejects the file.
	 */
	CalendarDates.Reading snapshotDate(SheetRow row) {
		int column = this.plan.columns().snapshotDate();
		String cell = row.cell(column).strip();
		CalendarDates.Reading date = date(cell);
		if (date.isNotInCalendar()) {
			return date;
		}
		if (!date.isDate() || date.date().getYear() < EARLIEST_YEAR || date.date().getYear() > LATEST_YEAR) {
			throw reject(row, column, ExtractColumns.SNAPSHOT_DATE + " '" + cell
					+ "' is not a date; expected the day of the snapshot such as 31/10/2025");
		}
		return date;
	}

	/** Why the row's snapshot date is not one, for the row's skip and its finding. */
	String notInCalendar(SheetRow row, CalendarDates.Reading snapshot) {
		return ExtractColumns.SNAPSHOT_DATE + " '" + row.cell(this.plan.columns().snapshotDate()).strip()
				+ "' is not a day of the calendar (" + snapshot.notInCalendar() + ")";
	}

	/** The month the snapshot was taken in, as the monthly NHS sources give theirs. */
	static PeriodRef month(LocalDate snapshot) {
		return EesPeriods
			.parse(String.valueOf(snapshot.getYear()), snapshot.getMonth().getDisplayName(TextStyle.FULL, Locale.UK))
			.orElseThrow();
	}

	private BreakdownRef breakdown(SheetRow row) {
		TreeMap<String, String> filters = new TreeMap<>();
		for (Category category : Category.ALL) {
			int column = this.plan.columns().of(category);
			String cell = row.cell(column);
			filters.put(category.filter(), category.canonical(cell)
				.orElseThrow(() -> reject(row, column, category.header() + " '" + Category.tidy(cell)
						+ "' is not a value of this layout; expected " + category.expected())));
		}
		return new BreakdownRef(filters);
	}

	/** The count, or the symbol that stands in place of it; {@link #countProblem} tells a cell that is neither. */
	private ObservedValue children(SheetRow row) {
		int column = this.plan.columns().children();
		String cell = row.cell(column).strip();
		ObservedValue value = SuppressionSymbols.isNumber(cell)
				? ObservedValue.number(INDICATOR, SuppressionSymbols.number(cell))
				: ObservedValue.symbol(INDICATOR, SuppressionSymbols.symbol(cell));
		return value.at(WorkbookRows.columnLetter(column));
	}

	/** Why the count cell is neither a number nor a suppression symbol, or null when it is one of them. */
	String countProblem(SheetRow row) {
		String cell = row.cell(this.plan.columns().children()).strip();
		if (SuppressionSymbols.isNumber(cell) || SuppressionSymbols.isSymbol(cell)) {
			return null;
		}
		return (cell.isEmpty() ? "found an empty cell" : "found '" + cell + "'") + " as the number of children; expected "
				+ "a number (0 for none), or 'c' or '*' where the council suppresses a small count";
	}

	static String shown(LocalDate date) {
		return date.format(SHOWN);
	}

	InputRejectedException reject(SheetRow row, int column, String problem) {
		return new InputRejectedException(this.file, row.row(), WorkbookRows.columnLetter(column),
				"sheet '" + row.sheet() + "': " + problem);
	}

	/** A date written as text, or as Excel stores a date cell: the number of days since 1900. */
	private static CalendarDates.Reading date(String cell) {
		if (SuppressionSymbols.isNumber(cell) && !cell.contains(",")) {
			double serial = Double.parseDouble(cell);
			return new CalendarDates.Reading(
					DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial).toLocalDate() : null, null);
		}
		return CalendarDates.read(cell, DATE_FORMATS);
	}

}
