package org.sendap.dashboard.kpi;

/**
 * A period an import brought for a KPI's source file in which the KPI found none of its rows, and why
 * (a category the release reworded): {@code message} says what the KPI looked for and what the file has.
 *
 * @param period the period's name in the API ({@code 2025}, {@code 202425}, {@code 2023-07})
 */
public record KpiGap(String period, String label, long importId, String file, String message) {

	/** Whether the API's {@code period} parameter names this period. */
	boolean matches(String requested) {
		String text = requested.strip();
		return text.equalsIgnoreCase(this.period) || text.equalsIgnoreCase(this.label);
	}

	/** The gap in a sentence for a reader: the period, the file and what the KPI could not find. */
	public String sentence() {
		return "No figures for " + this.label + " from " + this.file + " (import #" + this.importId + "): "
				+ this.message + ".";
	}

}
