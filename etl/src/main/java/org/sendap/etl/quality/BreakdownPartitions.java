package org.sendap.etl.quality;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.sendap.etl.pipeline.BreakdownRef;

/**
 * Finds, among the breakdowns of one import, the rows that should add up to a total row. Only the
 * shapes that clearly partition a total are taken, because a false alarm on every import would
 * teach the data team to ignore the check:
 * <ul>
 * <li>a filter at a total value ({@code Total}, {@code All EHC plans}; a filter a row does not have,
 * as in NHS files) in one row, and at other values in rows that are otherwise the same:
 * {@code characteristic_age} Total and Under 5 … Age 20 to 25. Nested filters work the same way: the
 * establishment types of {@code establishment_group} Mainstream school add up to its Total row, the
 * groups to the Total-Total row;</li>
 * <li>a topic and a breakdown filter that are both at a total only in the total row
 * ({@code breakdown_topic} and {@code breakdown} of the 2025 EHC plans files: Sex / Female, Male,
 * Unknown and Ethnicity / … each add up to All EHC plans / All EHC plans). The topic is the one of the
 * two with fewer values.</li>
 * </ul>
 * A part that is itself a subtotal ({@code Awaiting provision - total} among the types it sums) would
 * be counted twice: such a partition is left out, as is a "partition" of a single part. So are the
 * shapes of a characteristic listed under its grouping and again under the grouping's total (the
 * school census files: {@code characteristic_grouping} Gender / Female, and Total / Female): the
 * groupings are not parts of the total, each is the whole of it, and the characteristics under the
 * grouping's total are every grouping's at once; only the characteristics of one grouping add up. The shapes are
 * decided once for the import, from all its breakdowns, so that a total missing from one area's rows
 * never makes its parts look like parts of a wider total.
 */
final class BreakdownPartitions {

	private static final Pattern SUBTOTAL = Pattern.compile("\\btotal\\b", Pattern.CASE_INSENSITIVE);

	private final Map<Long, ? extends Map<String, String>> breakdowns;

	private final List<String> filters;

	/** Each breakdown's values in the order of the filters, a total (or a filter it lacks) as null. */
	private final Map<Long, List<String>> keys = new TreeMap<>();

	private final Map<List<String>, List<Long>> byKey = new HashMap<>();

	private final Map<Group, List<Long>> groups = new LinkedHashMap<>();

	private final Map<TwoFilters, List<Long>> partsOfTwoFilters = new LinkedHashMap<>();

	private BreakdownPartitions(Map<Long, ? extends Map<String, String>> breakdowns) {
		this.breakdowns = breakdowns;
		this.filters = List.copyOf(new TreeSet<>(breakdowns.values()
			.stream()
			.flatMap(breakdown -> breakdown.keySet().stream())
			.toList()));
		breakdowns.forEach((id, values) -> {
			List<String> key = key(values);
			this.keys.put(id, key);
			this.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(id);
		});
	}

	/** The partitions among an import's breakdowns, given by id as filter name to value. */
	static List<BreakdownPartition> of(Map<Long, ? extends Map<String, String>> breakdowns) {
		return new BreakdownPartitions(breakdowns).find();
	}

	private List<BreakdownPartition> find() {
		Map<Integer, Integer> groupings = groupings();
		this.keys.forEach((id, key) -> {
			List<Integer> specific = new ArrayList<>();
			for (int i = 0; i < key.size(); i++) {
				if (key.get(i) != null) {
					specific.add(i);
				}
			}
			if (!placeUnderOneFilterTotals(id, key, specific)) {
				placeUnderTwoFilterTotal(id, key, specific);
			}
		});
		this.partsOfTwoFilters.forEach(this::splitByTopic);
		List<BreakdownPartition> partitions = new ArrayList<>();
		this.groups.forEach((group, parts) -> {
			if (groupings.containsValue(group.filter()) || groupings.containsKey(group.filter())
					&& this.keys.get(parts.get(0)).get(groupings.get(group.filter())) == null) {
				return;
			}
			BreakdownPartition partition = partition(group, parts);
			if (partition != null) {
				partitions.add(partition);
			}
		});
		return partitions;
	}

	/**
	 * The groupings of characteristics, by the characteristic's filter: a filter whose values each
	 * belong to one value of another filter (Female to Gender, Indian to Ethnicity minor) and are listed
	 * again under that filter's total (Total / Female).
	 */
	private Map<Integer, Integer> groupings() {
		Map<Integer, Integer> groupings = new HashMap<>();
		for (int characteristic = 0; characteristic < this.filters.size(); characteristic++) {
			for (int grouping = 0; grouping < this.filters.size(); grouping++) {
				if (grouping != characteristic && groups(grouping, characteristic)) {
					groupings.put(characteristic, grouping);
				}
			}
		}
		return groupings;
	}

	private boolean groups(int grouping, int characteristic) {
		Map<String, String> groupOf = new HashMap<>();
		boolean listedUnderTotal = false;
		for (List<String> key : this.keys.values()) {
			String value = key.get(characteristic);
			if (value == null) {
				continue;
			}
			String group = key.get(grouping);
			if (group == null) {
				listedUnderTotal = true;
			}
			else if (!group.equals(groupOf.computeIfAbsent(value, v -> group))) {
				return false;
			}
		}
		return listedUnderTotal && groupOf.values().stream().distinct().count() > 1;
	}

	/** A part of each row that is the same but for one of its filters at a total; false if none is. */
	private boolean placeUnderOneFilterTotals(long id, List<String> key, List<Integer> specific) {
		boolean placed = false;
		for (int filter : specific) {
			Long total = onlyBreakdown(withTotals(key, filter));
			if (total != null) {
				this.groups.computeIfAbsent(new Group(total, filter, null), g -> new ArrayList<>()).add(id);
				placed = true;
			}
		}
		return placed;
	}

	/** A part of the one row that is the same but for two of its filters at a total, if there is one. */
	private void placeUnderTwoFilterTotal(long id, List<String> key, List<Integer> specific) {
		List<TwoFilters> wider = new ArrayList<>();
		for (int a = 0; a < specific.size(); a++) {
			for (int b = a + 1; b < specific.size(); b++) {
				Long total = onlyBreakdown(withTotals(key, specific.get(a), specific.get(b)));
				if (total != null) {
					wider.add(new TwoFilters(total, specific.get(a), specific.get(b)));
				}
			}
		}
		if (wider.size() == 1) {
			this.partsOfTwoFilters.computeIfAbsent(wider.get(0), pair -> new ArrayList<>()).add(id);
		}
	}

	/** Parts of a total in two filters, in one group per value of the topic (the filter with fewer values). */
	private void splitByTopic(TwoFilters pair, List<Long> parts) {
		long firstValues = parts.stream().map(id -> this.keys.get(id).get(pair.first())).distinct().count();
		long secondValues = parts.stream().map(id -> this.keys.get(id).get(pair.second())).distinct().count();
		if (firstValues == secondValues) {
			return;
		}
		int topic = firstValues < secondValues ? pair.first() : pair.second();
		int filter = topic == pair.first() ? pair.second() : pair.first();
		for (long part : parts) {
			String topicValue = this.keys.get(part).get(topic);
			this.groups.computeIfAbsent(new Group(pair.total(), filter, topicValue), g -> new ArrayList<>()).add(part);
		}
	}

	private BreakdownPartition partition(Group group, List<Long> parts) {
		if (parts.size() < 2) {
			return null;
		}
		Map<Long, String> partValues = new LinkedHashMap<>();
		for (long part : parts) {
			String value = this.keys.get(part).get(group.filter());
			if (SUBTOTAL.matcher(value).find()) {
				return null;
			}
			partValues.put(part, value);
		}
		String filter = this.filters.get(group.filter());
		SortedMap<String, String> shared = new TreeMap<>();
		List<String> firstPart = this.keys.get(parts.get(0));
		for (int i = 0; i < this.filters.size(); i++) {
			if (i != group.filter() && firstPart.get(i) != null) {
				shared.put(this.filters.get(i), firstPart.get(i));
			}
		}
		String totalValue = this.breakdowns.get(group.total()).getOrDefault(filter, BreakdownRef.TOTAL_LABEL);
		return new BreakdownPartition(group.total(), filter, totalValue, partValues, shared);
	}

	private List<String> key(Map<String, String> values) {
		String[] key = new String[this.filters.size()];
		for (int i = 0; i < key.length; i++) {
			String value = values.get(this.filters.get(i));
			key[i] = value == null || BreakdownRef.isTotalValue(value) ? null : value;
		}
		return Arrays.asList(key);
	}

	private static List<String> withTotals(List<String> key, int... filters) {
		String[] wider = key.toArray(new String[0]);
		for (int filter : filters) {
			wider[filter] = null;
		}
		return Arrays.asList(wider);
	}

	/** The one breakdown with this key; none when two spell the total differently (which one is meant?). */
	private Long onlyBreakdown(List<String> key) {
		List<Long> found = this.byKey.get(key);
		return found != null && found.size() == 1 ? found.get(0) : null;
	}

	/** Parts of one total: the filter they differ in, and for the topic shape the topic's value. */
	private record Group(long total, int filter, String topicValue) {
	}

	/** Parts of one total in two filters, before the topic is told from the breakdown. */
	private record TwoFilters(long total, int first, int second) {
	}

}
