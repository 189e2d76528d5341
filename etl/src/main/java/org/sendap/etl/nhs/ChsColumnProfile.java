package org.sendap.etl.nhs;

import java.util.regex.Pattern;

/**
 * What one column of a by-service table holds from England's row down: how many cells, how many of
 * them organisation types or ODS codes, and the first cell that is neither. It tells the columns an
 * edition gives no header text apart.
 */
final class ChsColumnProfile {

	/** An ODS code: three to five capitals and digits, a letter among them ({@code QOC}, {@code Y60}, {@code R1D}). */
	private static final Pattern ODS_CODE = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{3,5}");

	private long cells;

	private long types;

	private long codes;

	private String firstOther;

	private int firstOtherRow;

	void add(String cell, int row) {
		String text = cell.strip();
		if (text.isEmpty()) {
			return;
		}
		this.cells++;
		if (ChsOrganisationTypes.isType(text)) {
			this.types++;
		}
		else if (ODS_CODE.matcher(text).matches()) {
			this.codes++;
		}
		else if (this.firstOther == null) {
			this.firstOther = text;
			this.firstOtherRow = row;
		}
	}

	boolean isEmpty() {
		return this.cells == 0;
	}

	/** Organisation types only (National, Region, ICB, Provider, ...). */
	boolean holdsTypes() {
		return this.cells > 0 && this.types == this.cells;
	}

	/** ODS codes, nothing but codes and types (a type is checked first: it may look like a code, as ICB does). */
	boolean holdsCodes() {
		return this.codes > 0 && this.firstOther == null;
	}

	/** The first cell that is neither a type nor a code, for messages: {@code 'Accelerate CIC' (row 57)}. */
	String example() {
		return this.firstOther == null ? "" : "'" + this.firstOther + "' (row " + this.firstOtherRow + ")";
	}

}
