package org.sendap.dashboard.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reader chose on a KPI page, all of it in the URL so that a link shows the same page:
 * which comparators the trend shows, whether each statistical neighbour is drawn on its own, and the
 * range of periods.
 *
 * @param comparators the comparator series shown: england, region, neighbours
 * @param eachNeighbour whether each statistical neighbour has a line of its own
 * @param from the first period shown (a period code), null for the first there is
 * @param to the last period shown, null for the latest: also the period of the benchmark, ranking
 * and breakdowns
 */
public record KpiPageOptions(Set<String> comparators, boolean eachNeighbour, String from, String to) {

	public static final List<String> COMPARATORS = List.of(KpiSeries.ENGLAND, KpiSeries.REGION, KpiSeries.NEIGHBOURS);

	public static KpiPageOptions defaults() {
		return new KpiPageOptions(Set.copyOf(COMPARATORS), false, null, null);
	}

	/**
	 * From request parameters. A page's own form sends {@code chosen}, so that unticking every
	 * comparator shows none; a plain link without it shows them all.
	 */
	public static KpiPageOptions of(List<String> compare, boolean chosen, boolean each, String from, String to) {
		Set<String> comparators = !chosen && (compare == null || compare.isEmpty()) ? Set.copyOf(COMPARATORS)
				: Set.copyOf(compare == null ? List.of() : compare.stream().filter(COMPARATORS::contains).toList());
		return new KpiPageOptions(comparators, each, blankAsNull(from), blankAsNull(to));
	}

	public boolean shows(String comparator) {
		return this.comparators.contains(comparator);
	}

	/** The parameters that reproduce these options, for links and downloads. */
	public Map<String, Object> parameters() {
		Map<String, Object> parameters = new LinkedHashMap<>();
		parameters.put("chosen", "1");
		parameters.put("compare", COMPARATORS.stream().filter(this.comparators::contains).toList());
		if (this.eachNeighbour) {
			parameters.put("each", "1");
		}
		if (this.from != null) {
			parameters.put("from", this.from);
		}
		if (this.to != null) {
			parameters.put("to", this.to);
		}
		return parameters;
	}

	private static String blankAsNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
