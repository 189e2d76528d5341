package org.sendap.etl.pipeline;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where each row an import wrote is in its file, by the row's warehouse key: the loader names both
 * lines of a repeated row with it, and the checks that run on the facts after the load name the line
 * of a row they find wrong (facts do not keep their line). About 100 bytes a row, 10 MB for a file of
 * 100,000 rows, kept in memory for the length of one import.
 */
public class WrittenRows {

	/** A row's line in the file, or its row in the sheet named. */
	public record Place(long line, String sheet) {
	}

	/** A row's key; the first indicator tells apart the tables of a workbook that share areas and breakdowns. */
	private record RowKey(long area, long period, long breakdown, long firstIndicator) {
	}

	private final Map<RowKey, Place> places = new HashMap<>();

	/** The first indicator of the rows each indicator was written in: how a fact finds its row. */
	private final Map<Long, Long> firstIndicators = new HashMap<>();

	/**
	 * Remembers where a row is, unless a row with the same key was written before: then the earlier
	 * row's place, and nothing is remembered.
	 */
	public Place remember(long area, long period, long breakdown, List<Long> indicators, Place place) {
		long firstIndicator = indicators.isEmpty() ? 0 : indicators.get(0);
		Place earlier = this.places.putIfAbsent(new RowKey(area, period, breakdown, firstIndicator), place);
		if (earlier == null) {
			indicators.forEach(indicator -> this.firstIndicators.put(indicator, firstIndicator));
		}
		return earlier;
	}

	/** The breakdowns of the rows written. */
	public Set<Long> breakdowns() {
		Set<Long> breakdowns = new HashSet<>();
		this.places.keySet().forEach(key -> breakdowns.add(key.breakdown()));
		return breakdowns;
	}

	/**
	 * The rows written with a value of the indicator, by period and breakdown: the first row's place of
	 * each pair (an area gives one row of each).
	 */
	public Map<Long, Map<Long, Place>> rowsWith(long indicator) {
		Long firstIndicator = this.firstIndicators.get(indicator);
		Map<Long, Map<Long, Place>> rows = new HashMap<>();
		if (firstIndicator == null) {
			return rows;
		}
		this.places.forEach((key, place) -> {
			if (key.firstIndicator() == firstIndicator) {
				rows.computeIfAbsent(key.period(), period -> new HashMap<>()).merge(key.breakdown(), place,
						(one, other) -> one.line() <= other.line() ? one : other);
			}
		});
		return rows;
	}

	/** The areas of the rows written. */
	public Set<Long> areas() {
		Set<Long> areas = new HashSet<>();
		this.places.keySet().forEach(key -> areas.add(key.area()));
		return areas;
	}

	/** The place of the row that gave a fact, or null when the row was not written by this job. */
	public Place placeOf(long indicator, long area, long period, long breakdown) {
		Long firstIndicator = this.firstIndicators.get(indicator);
		return firstIndicator == null ? null : this.places.get(new RowKey(area, period, breakdown, firstIndicator));
	}

}
