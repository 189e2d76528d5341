package org.sendap.dashboard.imports;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One import in full, as its page and {@code GET /api/v1/imports/{id}} show it: the import, what
 * each data-quality check found, the findings kept in detail, and the rows skipped by reason.
 */
public record ImportReport(@JsonUnwrapped ImportRun run, List<Check> checks, List<Finding> findings,
		List<Skip> skips) {

	/**
	 * What one check found.
	 *
	 * @param count how many findings the check made
	 * @param kept how many of them the import history keeps in detail (the first ones)
	 * @param description what the check looks for, in plain English
	 */
	public record Check(String code, String severity, long count, long kept, String description) {

		/** Whether only the first of the findings are kept, so that the page says so. */
		public boolean partlyKept() {
			return this.kept < this.count;
		}

	}

	/**
	 * A finding kept in detail: where it is (the file, a workbook's sheet, the line or row, the
	 * column), the value and what was expected.
	 */
	public record Finding(String check, String severity, String file, String sheet, Long line, String column,
			String value, String message) {

		/** {@code line 115}, or {@code sheet 'Table 1' row 12} in a workbook. */
		public String place() {
			StringBuilder place = new StringBuilder();
			if (this.sheet != null) {
				place.append("sheet '").append(this.sheet).append("'");
			}
			if (this.line != null) {
				place.append(place.isEmpty() ? "" : " ").append(this.sheet != null ? "row " : "line ").append(this.line);
			}
			return place.toString();
		}

	}

	/**
	 * Rows read but not turned into facts, for one reason.
	 *
	 * @param places the first rows skipped ({@code sheet 'Table 4' rows 7, 8, 9}); null for imports
	 * recorded before they were kept
	 */
	public record Skip(String reason, long rows, long firstLine, String places) {

		/** Where the first rows skipped are, or the first line where they were not kept. */
		public String where() {
			return this.places != null ? this.places : "line " + this.firstLine;
		}

	}

}
