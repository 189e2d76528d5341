package org.sendap.dashboard.kpi;

import java.util.Map;

/**
 * What the publishers' symbols mean, for the data table and its notes.
 */
public final class SymbolMeanings {

	private static final Map<String, String> MEANINGS = Map.ofEntries(Map.entry("c", "confidential (suppressed)"),
			Map.entry("x", "not available"), Map.entry("z", "not applicable"), Map.entry("low", "rounds to zero"),
			Map.entry("u", "low reliability"), Map.entry("k", "fewer than 0.5"), Map.entry(":", "not available"),
			Map.entry("~", "fewer than 5 (suppressed)"), Map.entry("*", "suppressed"),
			Map.entry("blank", "no value given"));

	private SymbolMeanings() {
	}

	public static String meaning(String symbol) {
		return symbol == null ? "not available" : MEANINGS.getOrDefault(symbol, "as published: " + symbol);
	}

}
