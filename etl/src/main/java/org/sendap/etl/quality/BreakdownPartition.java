package org.sendap.etl.quality;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * Breakdown rows that should add up to a total row: the rows that differ only in the values of one
 * filter ({@code characteristic_age} Under 5 … Age 20 to 25), and the row where that filter is at its
 * total ({@code Total}). The other filters keep the values the parts share ({@code breakdown_topic}
 * Sex for the parts Female, Male, Unknown of the 2025 EHC plans files).
 *
 * @param total the breakdown of the total row
 * @param filter the filter whose values the parts are
 * @param totalValue the total row's value of that filter, as the file writes it
 * @param partValues each part's breakdown, in the order the import met them, with its value of the filter
 * @param shared the values of the other filters that the parts share, where they are not totals
 */
record BreakdownPartition(long total, String filter, String totalValue, Map<Long, String> partValues,
		SortedMap<String, String> shared) {

	List<Long> parts() {
		return List.copyOf(this.partValues.keySet());
	}

}
