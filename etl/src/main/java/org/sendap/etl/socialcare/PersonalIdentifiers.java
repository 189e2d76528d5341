package org.sendap.etl.socialcare;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Keeps child-level data out of the warehouse: a table whose header has a column that looks like it
 * identifies a person (a name, a date of birth, an NHS number, a pupil number, a case-system ID, an
 * address) rejects the whole workbook before a single value of it is read. The aggregate extract needs
 * none of them, so a report exported with them is the wrong report, and the data team must know.
 */
final class PersonalIdentifiers {

	private record Kind(String what, Pattern header, boolean organisationsHaveOne) {

		Kind(String what, String header, boolean organisationsHaveOne) {
			this(what, Pattern.compile(header), organisationsHaveOne);
		}

	}

	private static final List<Kind> KINDS = List.of(
			new Kind("a name", "\\b(names?|forenames?|surnames?|first ?names?|last ?names?|family names?|given names?)\\b",
					true),
			new Kind("a date of birth", "\\b(dob|d o b|date of birth|birth ?date|birthday)\\b", false),
			new Kind("an NHS number", "\\bnhs ?(number|no)\\b", false),
			new Kind("a pupil number", "\\b(upn|uln|unique pupil number|unique learner number)\\b", false),
			new Kind("a person's ID in a case system",
					"\\b(child|person|client|case|pupil|young person|subject|mosaic|lcs|eclipse) ?(id|identifier|number|no|ref|reference)\\b|^id$",
					true),
			new Kind("an address", "\\b(post ?code|address(es)?)\\b", false),
			new Kind("a National Insurance number", "\\b(ni number|ni no|nino|national insurance)\\b", false));

	/** "Team name", "LA ID": names and IDs of organisations are not personal. */
	private static final Pattern ORGANISATION = Pattern
		.compile("^(team|la|local authority|authority|service|organisation|provider|school|setting|report)\\b");

	private PersonalIdentifiers() {
	}

	/** Rejects the workbook if a cell of this header row looks like a personal identifier. */
	static void reject(String file, SheetRow header) {
		for (int column = 0; column < header.cells().size(); column++) {
			String cell = header.cell(column);
			Optional<String> kind = kind(cell);
			if (kind.isPresent()) {
				throw new InputRejectedException(file, header.row(), WorkbookRows.columnLetter(column),
						"sheet '" + header.sheet() + "': the column '" + Category.tidy(cell)
								+ "' looks like a personal identifier (" + kind.get() + "). This report must hold "
								+ "counts of children only, never names, dates of birth, ID numbers or addresses: remove "
								+ "the column from the report and export it again. Nothing of this file was imported.");
			}
		}
	}

	/** What kind of personal identifier a column header names, if any. */
	static Optional<String> kind(String header) {
		String words = header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
		boolean organisation = ORGANISATION.matcher(words).find();
		return KINDS.stream()
			.filter(kind -> !(organisation && kind.organisationsHaveOne()) && kind.header().matcher(words).find())
			.map(Kind::what)
			.findFirst();
	}

}
