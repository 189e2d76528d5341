package org.sendap.etl.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The filter values of a row, e.g. {@code breakdown_topic = Sex, breakdown = Female}. The same
 * filter values always give the same key, whatever the column order of the file.
 */
public record BreakdownRef(SortedMap<String, String> filters) {

	public static final String TOTAL_LABEL = "Total";

	public BreakdownRef {
		filters = Collections.unmodifiableSortedMap(new TreeMap<>(filters));
	}

	public static BreakdownRef of(Map<String, String> filters) {
		return new BreakdownRef(new TreeMap<>(filters));
	}

	public static BreakdownRef total() {
		return new BreakdownRef(new TreeMap<>());
	}

	/**
	 * A filter value that stands for all the others: {@code Total}, {@code All EHC plans}, or the filter
	 * left blank.
	 */
	public static boolean isTotalValue(String value) {
		String text = value.strip().toLowerCase(Locale.ROOT);
		return text.isEmpty() || text.equals("total") || text.startsWith("all ");
	}

	/** Whether this is a total row: no filters, or every filter at a total value. */
	public boolean isTotal() {
		return this.filters.values().stream().allMatch(BreakdownRef::isTotalValue);
	}

	public String keyHash() {
		String canonical = this.filters.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "\u001F" + entry.getValue())
			.collect(Collectors.joining("\u001E"));
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public String label() {
		if (this.filters.isEmpty()) {
			return TOTAL_LABEL;
		}
		return this.filters.entrySet()
			.stream()
			.map(entry -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining("; "));
	}

}
