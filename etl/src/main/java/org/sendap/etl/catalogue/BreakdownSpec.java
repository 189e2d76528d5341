package org.sendap.etl.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sendap.etl.pipeline.BreakdownRef;

/**
 * The rows a KPI role reads, by meaning rather than by exact wording: for each filter it names, the
 * spellings of the category that releases have used ({@code CINO at 31 March}); a category that is a
 * total ({@code Total}, {@code All EHC plans issued}) stands for the filter's total whatever its wording
 * and for the filter left out or blank. A filter it does not name must be at its total. Spellings are
 * compared without regard to case or spacing.
 *
 * @param filters each filter's accepted spellings, the catalogue's own first
 */
public record BreakdownSpec(SortedMap<String, List<String>> filters) {

	public BreakdownSpec {
		SortedMap<String, List<String>> copy = new TreeMap<>();
		filters.forEach((name, spellings) -> copy.put(name, List.copyOf(spellings)));
		filters = Collections.unmodifiableSortedMap(copy);
	}

	/** The dataset's total row: every filter at its total. */
	public static BreakdownSpec total() {
		return new BreakdownSpec(new TreeMap<>());
	}

	public boolean isTotal() {
		return this.filters.values().stream().allMatch(spellings -> BreakdownRef.isTotalValue(spellings.get(0)));
	}

	/** The breakdown as the catalogue spells it, for its label and key. */
	public BreakdownRef canonical() {
		Map<String, String> first = new TreeMap<>();
		this.filters.forEach((name, spellings) -> first.put(name, spellings.get(0)));
		return BreakdownRef.of(first);
	}

	public String label() {
		return isTotal() ? "the dataset's total row" : canonical().label();
	}

	public boolean matches(Map<String, String> row) {
		return mismatches(row).isEmpty();
	}

	/** The filters of the row that are not what this spec reads, with what was wanted: empty on a match. */
	public Map<String, String> mismatches(Map<String, String> row) {
		Map<String, String> mismatches = new LinkedHashMap<>();
		this.filters.forEach((name, spellings) -> {
			String value = row.get(name);
			boolean matches = wantsTotal(name) ? value == null || BreakdownRef.isTotalValue(value)
					: value != null && spellings.stream().anyMatch(spelling -> same(spelling, value));
			if (!matches) {
				mismatches.put(name, wanted(name));
			}
		});
		new TreeMap<>(row).forEach((name, value) -> {
			if (!this.filters.containsKey(name) && !BreakdownRef.isTotalValue(value)) {
				mismatches.put(name, wanted(name));
			}
		});
		return mismatches;
	}

	/** Whether the spec reads the filter's total (it names a total wording, or does not name the filter). */
	public boolean wantsTotal(String filter) {
		List<String> spellings = this.filters.get(filter);
		return spellings == null || BreakdownRef.isTotalValue(spellings.get(0));
	}

	/** What the spec wants of one filter, in words: {@code 'CINO at 31 March'}, or {@code Total}. */
	public String wanted(String filter) {
		if (wantsTotal(filter)) {
			return BreakdownRef.TOTAL_LABEL;
		}
		return this.filters.get(filter).stream().map(spelling -> "'" + spelling + "'").collect(Collectors.joining(" or "));
	}

	static boolean same(String one, String other) {
		return key(one).equals(key(other));
	}

	private static String key(String text) {
		return text.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ").replaceAll("\\s*:\\s*", ": ").toLowerCase(Locale.ROOT);
	}

}
