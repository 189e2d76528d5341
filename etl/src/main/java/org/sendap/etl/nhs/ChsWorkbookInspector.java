package org.sendap.etl.nhs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sendap.etl.ees.SuppressionSymbols;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Finds the by-service tables of a Community Health Services waiting-list workbook, whatever the
 * edition: the table is known by its title ("Total waiting list by service, May 2023", "Number
 * waiting >18-52 weeks (127-364 days) by service, ..."); its month by that title or, where an edition
 * left it out, by the table's line on the contents sheet; its data by the row naming England, and its
 * header as the nearest row above with labels in it. Which column holds what is found from the header
 * text and what the columns hold ({@link ChsColumns}), never from where they stand. A first pass over
 * the workbook locates the tables, a second checks their rows.
 */
final class ChsWorkbookInspector {

	static final Pattern TABLE_TITLE = Pattern.compile(
			"(?i)^\\s*(?<what>total waiting list|number waiting .+?)\\s+by service(?:\\s*,\\s*(?<month>[a-z]+)\\s+(?<year>\\d{4}))?\\s*$");

	private static final Pattern CONTENTS_LINE = Pattern.compile(
			"(?i)^\\s*(?<table>table \\w+)\\s*:.*?,\\s*(?<month>[a-z]+)\\s+(?<year>\\d{4})\\s*$");

	private static final Pattern BAND = Pattern.compile("(?i)waiting\\s*>?\\s*(\\d+)\\s*-\\s*(\\d+)\\s*weeks");

	private static final Pattern OVER = Pattern.compile("(?i)over\\s+(\\d+)\\s+weeks");

	private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	private static final int HEADER_SEARCH_ROWS = 30;

	/** A header row has at least this many labels: a line of notes above the table has one. */
	private static final int HEADER_LABELS = 2;

	private final SourceFile source;

	private final Map<String, String[]> contentsMonths = new HashMap<>();

	private final Map<String, ChsTable> tables = new LinkedHashMap<>();

	private final List<Finding> findings = new ArrayList<>();

	private long rows;

	private ChsWorkbookInspector(SourceFile source) {
		this.source = source;
	}

	record Inspection(List<ChsTable> tables, long rows, List<Finding> findings) {
	}

	static Inspection inspect(SourceFile source) {
		ChsWorkbookInspector inspector = new ChsWorkbookInspector(source);
		inspector.locateTables();
		inspector.checkRows();
		return new Inspection(List.copyOf(inspector.tables.values()), inspector.rows, inspector.findings);
	}

	/** Whether the workbook has at least one by-service waiting-list table, read from its first rows. */
	static boolean hasByServiceTable(SourceFile source) {
		try (WorkbookRows workbook = WorkbookRows.open(source)) {
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				if (row.row() <= 5 && title(row).isPresent()) {
					return true;
				}
			}
			return false;
		}
		catch (InputRejectedException ex) {
			return false;
		}
	}

	/** A table found by the first pass: its title, header and England's row, and what each column holds below. */
	private static final class FoundTable {

		private final Matcher title;

		private final SheetRow header;

		private final SheetRow england;

		private final Map<Integer, ChsColumnProfile> profiles = new HashMap<>();

		FoundTable(Matcher title, SheetRow header, SheetRow england) {
			this.title = title;
			this.header = header;
			this.england = england;
			profile(england);
		}

		void profile(SheetRow row) {
			for (int column = 0; column < row.cells().size(); column++) {
				this.profiles.computeIfAbsent(column, c -> new ChsColumnProfile()).add(row.cell(column), row.row());
			}
		}

	}

	private void locateTables() {
		List<FoundTable> found = new ArrayList<>();
		try (WorkbookRows workbook = WorkbookRows.open(this.source)) {
			String sheet = null;
			List<SheetRow> beforeData = new ArrayList<>();
			Matcher title = null;
			FoundTable table = null;
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				if (!row.sheet().equals(sheet)) {
					sheet = row.sheet();
					beforeData.clear();
					title = null;
					table = null;
				}
				readContentsLine(row);
				if (table != null) {
					table.profile(row);
				}
				else if (title == null) {
					title = title(row).orElse(null);
				}
				else if (englandColumn(row) >= 0) {
					table = new FoundTable(title, header(beforeData, row), row);
					found.add(table);
				}
				else if (beforeData.size() < HEADER_SEARCH_ROWS) {
					beforeData.add(row);
				}
			}
		}
		if (found.isEmpty()) {
			throw new InputRejectedException(this.source.displayName(), "no table titled 'Total waiting list by service' "
					+ "or 'Number waiting ... by service' with a row for England was found in the workbook");
		}
		for (FoundTable table : found) {
			this.tables.put(table.header.sheet(), table(table));
		}
	}

	/** The nearest row above England's with labels in it. */
	private SheetRow header(List<SheetRow> beforeData, SheetRow england) {
		for (int i = beforeData.size() - 1; i >= 0; i--) {
			SheetRow candidate = beforeData.get(i);
			if (candidate.cells().stream().filter(cell -> !cell.isBlank()).count() >= HEADER_LABELS) {
				return candidate;
			}
		}
		throw new InputRejectedException(this.source.displayName(), england.row(), null, "sheet '" + england.sheet()
				+ "': no header row with the service names was found above the row for England");
	}

	private ChsTable table(FoundTable found) {
		ChsColumns columns = ChsColumns.locate(this.source.displayName(), found.header, found.england, found.profiles);
		String[] month = month(found.header.sheet(), found.title, found.england);
		String[] indicator = indicator(found.title.group("what"));
		return new ChsTable(found.header.sheet(), indicator[0], indicator[1], Integer.parseInt(month[1]), month[0],
				found.header.row(), columns.type(), columns.name(), columns.code(), columns.services());
	}

	private void checkRows() {
		ChsOrganisations organisations = new ChsOrganisations();
		try (WorkbookRows workbook = WorkbookRows.open(this.source)) {
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				ChsTable table = this.tables.get(row.sheet());
				Optional<ChsOrganisations.Organisation> organisation = table != null && row.row() > table.headerRow()
						? organisations.of(table, row) : Optional.empty();
				if (organisation.isPresent()) {
					check(table, row, organisation.get());
				}
			}
		}
	}

	static Optional<Matcher> title(SheetRow row) {
		for (String cell : row.cells()) {
			if (!cell.isBlank()) {
				Matcher matcher = TABLE_TITLE.matcher(cell);
				return matcher.matches() ? Optional.of(matcher) : Optional.empty();
			}
		}
		return Optional.empty();
	}

	private void readContentsLine(SheetRow row) {
		for (String cell : row.cells()) {
			Matcher line = CONTENTS_LINE.matcher(cell);
			if (line.matches()) {
				this.contentsMonths.put(line.group("table").toLowerCase(Locale.ROOT),
						new String[] { line.group("month"), line.group("year") });
			}
		}
	}

	private static int englandColumn(SheetRow row) {
		for (int column = 0; column < row.cells().size(); column++) {
			if (row.cell(column).trim().equalsIgnoreCase("England")) {
				return column;
			}
		}
		return -1;
	}

	private String[] month(String sheet, Matcher title, SheetRow england) {
		String month = title.group("month");
		String year = title.group("year");
		if (month == null) {
			String[] fromContents = this.contentsMonths.get(sheet.trim().toLowerCase(Locale.ROOT));
			if (fromContents == null) {
				throw new InputRejectedException(this.source.displayName(), england.row(), null, "sheet '" + sheet
						+ "': the month the table describes is neither in its title ('" + title.group(0).trim()
						+ "') nor on the contents sheet; expected a title ending in a month such as ', May 2023'");
			}
			month = fromContents[0];
			year = fromContents[1];
		}
		int index = MONTHS.indexOf(month.toLowerCase(Locale.ROOT));
		if (index < 0) {
			throw new InputRejectedException(this.source.displayName(), 1, null, "sheet '" + sheet + "': '" + month
					+ "' in the title is not the name of a month");
		}
		return new String[] { Character.toUpperCase(month.charAt(0)) + month.substring(1).toLowerCase(Locale.ROOT),
				year };
	}

	/** The indicator column and label of a table, from what its title says it counts. */
	static String[] indicator(String what) {
		if (what.trim().toLowerCase(Locale.ROOT).startsWith("total waiting list")) {
			return new String[] { "waiting_list_total", "Total waiting list" };
		}
		Matcher band = BAND.matcher(what);
		if (band.find()) {
			return new String[] { "waiting_" + band.group(1) + "_" + band.group(2) + "_weeks",
					"Number waiting more than " + band.group(1) + " and up to " + band.group(2) + " weeks" };
		}
		Matcher over = OVER.matcher(what);
		if (over.find()) {
			return new String[] { "waiting_over_" + over.group(1) + "_weeks",
					"Number waiting over " + over.group(1) + " weeks" };
		}
		String column = what.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
		return new String[] { column, what.trim() };
	}

	private void check(ChsTable table, SheetRow row, ChsOrganisations.Organisation organisation) {
		this.rows++;
		ChsAreas.Placed placed = organisation.placed();
		if (placed.unmatchedName()) {
			// An ICB or region is looked up by its code where the row gives one, else by its name.
			boolean byCode = !organisation.code().isEmpty();
			this.findings.add(Finding.of(QualityCheck.UNMATCHED_NAME, this.source.displayName(), (long) row.row(),
					WorkbookRows.columnLetter(byCode ? table.codeColumn() : table.nameColumn()),
					byCode ? organisation.code() : organisation.name(), placed.problem() + "; the row is skipped")
				.inSheet(table.sheet()));
		}
		for (Map.Entry<Integer, String> service : table.services().entrySet()) {
			String cell = row.cell(service.getKey()).trim();
			if (!cell.isEmpty() && !SuppressionSymbols.isNumber(cell) && !SuppressionSymbols.isSymbol(cell)) {
				this.findings.add(Finding.of(QualityCheck.UNKNOWN_SYMBOL, this.source.displayName(), (long) row.row(),
						WorkbookRows.columnLetter(service.getKey()), cell, "found '" + cell + "' for " + organisation.name()
								+ ", " + service.getValue()
								+ "; expected a number, '*' (suppressed) or an empty cell (no submission)")
					.inSheet(table.sheet()));
			}
		}
	}

}
