package org.sendap.etl.ees;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where things are in one EES file: the standard geography and time columns, the filter columns
 * (which together make a row's breakdown) and the indicator columns.
 */
public record EesLayout(List<String> header, List<String> filterColumns, List<String> indicatorColumns) {

	public EesLayout {
		header = List.copyOf(header);
		filterColumns = List.copyOf(filterColumns);
		indicatorColumns = List.copyOf(indicatorColumns);
	}

	/** Rebuilds the layout from the header and the columns found to be indicators. */
	public static EesLayout of(List<String> header, Set<String> indicators) {
		// A repeated column name is read from its first column only.
		List<String> filters = header.stream()
			.filter(column -> !EesColumns.isStandard(column) && !indicators.contains(column))
			.distinct()
			.toList();
		List<String> indicatorColumns = header.stream().filter(indicators::contains).distinct().toList();
		return new EesLayout(header, filters, indicatorColumns);
	}

	public Map<String, Integer> positions() {
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < this.header.size(); i++) {
			positions.putIfAbsent(this.header.get(i), i);
		}
		return positions;
	}

}
