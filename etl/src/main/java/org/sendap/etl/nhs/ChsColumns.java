package org.sendap.etl.nhs;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Which column of a by-service table holds what, wherever it stands. A column with header text is an
 * organisation column by that text ({@link ChsColumn}) or a service ({@link ChsServices}); a column an
 * edition left without header text is known by what it holds: organisation types, ODS codes, or the
 * organisation names (the column holding "England" in England's row). A column the reader cannot
 * place rejects the workbook with the sheet, the header row and what was expected, because a column
 * taken for another would load wrong figures, or skip rows, without a word.
 *
 * @param type the column of organisation types
 * @param code the column of ODS codes, -1 where the edition has none
 * @param name the column of organisation names
 * @param services the service each value column counts, by column
 */
record ChsColumns(int type, int code, int name, Map<Integer, String> services) {

	static final int NONE = -1;

	/**
	 * The columns of a table from its header row, its row for England and what each column holds from
	 * England's row down.
	 */
	static ChsColumns locate(String file, SheetRow header, SheetRow england, Map<Integer, ChsColumnProfile> profiles) {
		return new Locator(file, header, england, profiles).locate();
	}

	private static final class Locator {

		private final String file;

		private final SheetRow header;

		private final SheetRow england;

		private final Map<Integer, ChsColumnProfile> profiles;

		private final Map<ChsColumn, List<Integer>> organisationColumns = new EnumMap<>(ChsColumn.class);

		private final Map<Integer, String> services = new LinkedHashMap<>();

		private final Map<String, Integer> columnOfService = new HashMap<>();

		Locator(String file, SheetRow header, SheetRow england, Map<Integer, ChsColumnProfile> profiles) {
			this.file = file;
			this.header = header;
			this.england = england;
			this.profiles = profiles;
		}

		ChsColumns locate() {
			SortedSet<Integer> columns = new TreeSet<>();
			this.profiles.forEach((column, profile) -> {
				if (!profile.isEmpty()) {
					columns.add(column);
				}
			});
			for (int column = 0; column < this.header.cells().size(); column++) {
				if (!this.header.cell(column).isBlank()) {
					columns.add(column);
				}
			}
			for (int column : columns) {
				String label = label(column);
				if (label.isEmpty()) {
					placeByContent(column);
				}
				else {
					placeByHeader(column, label);
				}
			}
			int name = only(ChsColumn.NAME, "expected a column headed " + ChsColumn.NAME.header() + " (or another spelling in "
					+ ChsColumn.COLUMNS + "), or without header text the column holding 'England' in England's row "
					+ this.england.row());
			if (!this.england.cell(name).strip().equalsIgnoreCase("England")) {
				throw reject("the column of organisation names, " + described(name) + ", does not hold 'England' in "
						+ "England's row " + this.england.row() + "; expected England named in the names column");
			}
			int type = only(ChsColumn.TYPE, "expected a column headed " + ChsColumn.TYPE.header() + " (or another spelling "
					+ "in " + ChsColumn.COLUMNS + "), or without header text a column holding only organisation types "
					+ "such as National, Region, ICB, Provider (" + ChsOrganisationTypes.TYPES + ")");
			int code = this.organisationColumns.containsKey(ChsColumn.CODE) ? only(ChsColumn.CODE, "") : NONE;
			if (this.services.isEmpty()) {
				throw reject("no column is a service; expected services such as '(CYP) Audiology' (" + ChsServices.SERVICES
						+ ")");
			}
			return new ChsColumns(type, code, name, this.services);
		}

		private void placeByHeader(int column, String label) {
			var organisationColumn = ChsColumn.byHeader(label);
			if (organisationColumn.isPresent()) {
				this.organisationColumns.computeIfAbsent(organisationColumn.get(), c -> new ArrayList<>()).add(column);
			}
			else if (ChsServices.isService(label)) {
				String service = ChsServices.canonical(label);
				Integer earlier = this.columnOfService.putIfAbsent(service.toLowerCase(Locale.ROOT), column);
				if (earlier != null) {
					throw reject("columns " + letter(earlier) + " and " + letter(column) + " are both headed as the service '"
							+ service + "'; expected each service once");
				}
				this.services.put(column, service);
			}
			else {
				throw reject("column " + letter(column) + " is headed '" + label + "', a column the reader cannot place; "
						+ "expected the organisation's type, code or name (" + ChsColumn.TYPE.header() + ", "
						+ ChsColumn.CODE.header() + ", " + ChsColumn.NAME.header() + " or another spelling in "
						+ ChsColumn.COLUMNS + ") or a service (a label of " + ChsServices.SERVICES
						+ ", or one starting (A) or (CYP))");
			}
		}

		private void placeByContent(int column) {
			ChsColumnProfile profile = this.profiles.get(column);
			ChsColumn held;
			if (profile.holdsTypes()) {
				held = ChsColumn.TYPE;
			}
			else if (this.england.cell(column).strip().equalsIgnoreCase("England")) {
				held = ChsColumn.NAME;
			}
			else if (profile.holdsCodes()) {
				held = ChsColumn.CODE;
			}
			else {
				throw reject("column " + letter(column) + " has no header text and holds " + profile.example()
						+ ", a column the reader cannot place; expected, without header text, organisation types ("
						+ ChsOrganisationTypes.TYPES + "), ODS codes or the organisation names (the column holding 'England' "
						+ "in England's row " + this.england.row() + ")");
			}
			this.organisationColumns.computeIfAbsent(held, c -> new ArrayList<>()).add(column);
		}

		private int only(ChsColumn column, String expected) {
			List<Integer> found = this.organisationColumns.getOrDefault(column, List.of());
			if (found.isEmpty()) {
				throw reject("no column of " + column.what() + "s was found; " + expected);
			}
			if (found.size() > 1) {
				throw reject("columns " + String.join(" and ", found.stream().map(this::described).toList()) + " each hold the "
						+ column.what() + "; expected one such column");
			}
			return found.get(0);
		}

		private String label(int column) {
			return this.header.cell(column).replace('\u00a0', ' ').strip();
		}

		private String described(int column) {
			String label = label(column);
			return letter(column) + (label.isEmpty() ? " (no header text)" : " (headed '" + label + "')");
		}

		private static String letter(int column) {
			return WorkbookRows.columnLetter(column);
		}

		private InputRejectedException reject(String problem) {
			return new InputRejectedException(this.file, "sheet '" + this.header.sheet() + "', header row "
					+ this.header.row() + ": " + problem + "; nothing of the workbook was imported");
		}

	}

}
