package org.sendap.etl.quality;

/**
 * One thing a data-quality check found, placed exactly: the file, the sheet of a workbook (or null),
 * the line or row, the column and the value, with what was expected.
 */
public record Finding(QualityCheck check, Severity severity, String file, String sheet, Long line, String column,
		String value, String message) {

	public static Finding of(QualityCheck check, String file, Long line, String column, String value, String message) {
		return new Finding(check, check.defaultSeverity(), file, null, line, column, value, message);
	}

	public Finding withSeverity(Severity severity) {
		return new Finding(this.check, severity, this.file, this.sheet, this.line, this.column, this.value,
				this.message);
	}

	public Finding inSheet(String sheet) {
		return new Finding(this.check, this.severity, this.file, sheet, this.line, this.column, this.value,
				this.message);
	}

	/** Where the finding is, as the data team would look for it: {@code annual_reviews.csv line 12 column x}. */
	public String place() {
		StringBuilder place = new StringBuilder(this.file);
		if (this.sheet != null) {
			place.append(" sheet '").append(this.sheet).append("'");
		}
		if (this.line != null) {
			place.append(this.sheet != null ? " row " : " line ").append(this.line);
		}
		if (this.column != null) {
			place.append(" column ").append(this.column);
		}
		return place.toString();
	}

	/** The place, value and message: {@code annual_reviews.csv line 12 column x value '-5': a negative count ...}. */
	public String placedMessage() {
		return place() + (this.value == null ? "" : " value '" + this.value + "'") + ": " + this.message;
	}

	@Override
	public String toString() {
		return this.severity + " " + this.check.code() + " " + placedMessage();
	}

}
