package org.sendap.etl.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the checks found in one import, as the person who ran it is told: each check with its
 * severity and how often it fired, errors first, and the first findings of each in detail. The
 * import history keeps the same ({@code imports ID}).
 */
public record ImportFindings(List<CheckFindings> checks) {

	public static final ImportFindings NONE = new ImportFindings(List.of());

	/** One check: all its findings counted, the first of them (as many as the history keeps) in detail. */
	public record CheckFindings(QualityCheck check, Severity severity, long count, List<Finding> first) {

		public CheckFindings {
			first = List.copyOf(first);
		}

	}

	public ImportFindings {
		checks = List.copyOf(checks);
	}

	public boolean isEmpty() {
		return this.checks.isEmpty();
	}

	/** Every finding, of every check. */
	public long count() {
		return this.checks.stream().mapToLong(CheckFindings::count).sum();
	}

	/** The findings of the checks of this severity. */
	public long count(Severity severity) {
		return this.checks.stream().filter(check -> check.severity() == severity).mapToLong(CheckFindings::count).sum();
	}

	/**
	 * The findings as lines of text: a line per check with its count and what it looks for, then, indented,
	 * its first {@code shownPerCheck} findings (place, value and message) and how many more there are.
	 */
	public List<String> lines(int shownPerCheck) {
		List<String> lines = new ArrayList<>();
		for (CheckFindings check : this.checks) {
			lines.add(String.format(Locale.UK, "%s %s: %,d (%s)", check.severity().name().toLowerCase(Locale.ROOT),
					check.check().code(), check.count(), check.check().description()));
			List<Finding> shown = check.first().stream().limit(shownPerCheck).toList();
			shown.forEach(finding -> lines.add("  " + finding.placedMessage()));
			long more = check.count() - shown.size();
			if (more > 0) {
				lines.add(String.format(Locale.UK, "  ... and %,d more", more));
			}
		}
		return lines;
	}

}
