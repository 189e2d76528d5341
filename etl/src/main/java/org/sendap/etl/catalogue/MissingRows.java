package org.sendap.etl.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Says, in the data team's words, why none of a file's rows are the rows a KPI reads: for each filter
 * of the nearest rows, what the KPI wanted and what the file has instead, the values most like the one
 * wanted first.
 */
final class MissingRows {

	private static final int VALUES_SHOWN = 6;

	private MissingRows() {
	}

	/**
	 * What the nearest rows of the file lack, filter by filter: {@code social_care_group 'CINO at 31
	 * March' not in the file; it has 'CIN at 31 March', ...}.
	 */
	static String describe(BreakdownSpec wanted, Collection<Map<String, String>> rows) {
		Map<String, String> nearest = rows.stream()
			.map(wanted::mismatches)
			.min(Comparator.comparingInt(Map::size))
			.orElse(Map.of());
		List<String> parts = new ArrayList<>();
		nearest.keySet().forEach(filter -> {
			Set<String> values = new TreeSet<>();
			rows.forEach(row -> {
				if (row.get(filter) != null) {
					values.add(row.get(filter));
				}
			});
			String want = wanted.wanted(filter);
			String has = values.isEmpty() ? "no " + filter + " column" : mostLike(List.copyOf(values), want);
			parts.add(wanted.wantsTotal(filter) ? filter + " has no total (Total, All ... or left blank) in the file; it has " + has
					: filter + " " + want + " not in the file; it has " + has);
		});
		return String.join("; ", parts);
	}

	/** Values most like the one wanted first (sharing a word with it), a few of them. */
	static String mostLike(List<String> values, String wanted) {
		Set<String> words = words(wanted);
		List<String> sorted = new ArrayList<>(values);
		sorted.sort(Comparator.comparingInt((String value) -> -shared(words, value)));
		String shown = sorted.stream().limit(VALUES_SHOWN).map(value -> "'" + value + "'").collect(Collectors.joining(", "));
		return sorted.size() > VALUES_SHOWN ? shown + " and " + (sorted.size() - VALUES_SHOWN) + " more" : shown;
	}

	private static int shared(Set<String> words, String value) {
		Set<String> own = words(value);
		own.retainAll(words);
		return own.size();
	}

	private static Set<String> words(String text) {
		Set<String> words = new HashSet<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
			if (!word.isEmpty()) {
				words.add(word);
			}
		}
		return words;
	}

}
