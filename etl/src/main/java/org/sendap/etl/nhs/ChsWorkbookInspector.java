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
 * header as the row above with the service names.
 */
final class ChsWorkbookInspector {

	static final Pattern TABLE_TITLE = Pattern.compile(
			"(?i)^\\s*(?<what>total waiting list|number waiting .+?)\\s+by service(?:\\s*,\\s*(?<month>[a-z]+)\\s+(?<year>\\d{4}))?\\s*$");

	private static final Pattern CONTENTS_LINE = Pattern.compile(
			"(?i)^\\s*(?<table>table \\w+)\\s*:.*?,\\s*(?<month>[a-z]+)\\s+(?<year>\\d{4})\\s*$");

	private static final Pattern BAND = Pattern.compile("(?i)waiting\\s*>?\\s*(\\d+)\\s*-\\s*(\\d+)\\s*weeks");

	private static final Pattern OVER = Pattern.compile("(?i)over\\s+(\\d+)\\s+weeks");

	private static final Pattern CODE_HEADER = Pattern.compile("(?i).*\\bcode\\b.*");

	private static final List<String> MONTHS = List.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december");

	private static final int HEADER_SEARCH_ROWS = 30;

	private final SourceFile source;

	private final ChsAreas areas = new ChsAreas(NhsGeography.shipped());

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
		return new ChsWorkbookInspector(source).run();
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

	private Inspection run() {
		try (WorkbookRows workbook = WorkbookRows.open(this.source)) {
			String sheet = null;
			List<SheetRow> beforeData = new ArrayList<>();
			Matcher title = null;
			ChsTable table = null;
			String type = "";
			for (SheetRow row = workbook.next(); row != null; row = workbook.next()) {
				if (!row.sheet().equals(sheet)) {
					sheet = row.sheet();
					beforeData.clear();
					title = null;
					table = null;
					type = "";
				}
				readContentsLine(row);
				if (table == null) {
					if (title == null) {
						title = title(row).orElse(null);
					}
					if (title != null && englandColumn(row) >= 0) {
						table = table(sheet, title, beforeData, row);
						this.tables.put(sheet, table);
					}
					else if (beforeData.size() < HEADER_SEARCH_ROWS) {
						beforeData.add(row);
						continue;
					}
					else {
						continue;
					}
				}
				if (table.typeColumn() >= 0 && !row.cell(table.typeColumn()).isBlank()) {
					type = row.cell(table.typeColumn()).trim();
				}
				checkRow(table, type, row);
			}
		}
		if (this.tables.isEmpty()) {
			throw new InputRejectedException(this.source.displayName(), "no table titled 'Total waiting list by service' "
					+ "or 'Number waiting ... by service' with a row for England was found in the workbook");
		}
		return new Inspection(List.copyOf(this.tables.values()), this.rows, this.findings);
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

	private ChsTable table(String sheet, Matcher title, List<SheetRow> beforeData, SheetRow england) {
		String name = this.source.displayName();
		int nameColumn = englandColumn(england);
		SheetRow header = null;
		for (int i = beforeData.size() - 1; i >= 0 && header == null; i--) {
			SheetRow candidate = beforeData.get(i);
			long labels = candidate.cells().stream().skip(nameColumn + 1L).filter(cell -> !cell.isBlank()).count();
			if (labels >= 2) {
				header = candidate;
			}
		}
		if (header == null) {
			throw new InputRejectedException(name, england.row(), null, "sheet '" + sheet
					+ "': no header row with the service names was found above the row for England");
		}
		int codeColumn = -1;
		Map<Integer, String> services = new LinkedHashMap<>();
		for (int column = nameColumn + 1; column < header.cells().size(); column++) {
			String label = header.cell(column).trim();
			if (label.isEmpty()) {
				continue;
			}
			if (CODE_HEADER.matcher(label).matches() && services.isEmpty()) {
				codeColumn = column;
			}
			else {
				services.put(column, ChsServices.canonical(label));
			}
		}
		for (int column = 0; column < nameColumn; column++) {
			if (CODE_HEADER.matcher(header.cell(column)).matches()) {
				codeColumn = column;
			}
		}
		String[] month = month(sheet, title, england);
		String[] indicator = indicator(title.group("what"));
		return new ChsTable(sheet, indicator[0], indicator[1], Integer.parseInt(month[1]), month[0], header.row(),
				nameColumn > 0 && !CODE_HEADER.matcher(header.cell(nameColumn - 1)).matches() ? nameColumn - 1 : -1,
				nameColumn, codeColumn, services);
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

	private void checkRow(ChsTable table, String type, SheetRow row) {
		String name = row.cell(table.nameColumn()).trim();
		if (name.isEmpty()) {
			return;
		}
		this.rows++;
		String code = table.codeColumn() >= 0 ? row.cell(table.codeColumn()) : "";
		ChsAreas.Placed placed = this.areas.place(type, name, code);
		if (placed.unmatchedName()) {
			this.findings.add(Finding.of(QualityCheck.UNMATCHED_NAME, this.source.displayName(), (long) row.row(),
					WorkbookRows.columnLetter(table.nameColumn()), name, placed.problem() + "; the row is skipped")
				.inSheet(table.sheet()));
		}
		for (Map.Entry<Integer, String> service : table.services().entrySet()) {
			String cell = row.cell(service.getKey()).trim();
			if (!cell.isEmpty() && !SuppressionSymbols.isNumber(cell) && !SuppressionSymbols.isSymbol(cell)) {
				this.findings.add(Finding.of(QualityCheck.UNKNOWN_SYMBOL, this.source.displayName(), (long) row.row(),
						WorkbookRows.columnLetter(service.getKey()), cell, "found '" + cell + "' for " + name + ", "
								+ service.getValue() + "; expected a number, '*' (suppressed) or an empty cell (no submission)")
					.inSheet(table.sheet()));
			}
		}
	}

}
