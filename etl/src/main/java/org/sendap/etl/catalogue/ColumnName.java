package org.sendap.etl.catalogue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A column a KPI reads: a name, or a pattern for releases that put the year into the name
 * ({@code review_expected_2025}, {@code due_25}). A pattern must match the whole column name.
 */
public record ColumnName(String text, boolean pattern) {

	public static ColumnName named(String name) {
		return new ColumnName(name, false);
	}

	public static ColumnName matching(String regex) {
		Pattern.compile(regex);
		return new ColumnName(regex, true);
	}

	/** Patterns compiled once: every import matches each of them against every column of the warehouse. */
	private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

	public boolean matches(String column) {
		return this.pattern ? COMPILED.computeIfAbsent(this.text, Pattern::compile).matcher(column).matches()
				: this.text.equals(column);
	}

	/** As the data team wrote it: {@code ehcplans}, or {@code /due_(\d{2})/} for a pattern. */
	public String describe() {
		return this.pattern ? "/" + this.text + "/" : this.text;
	}

}
