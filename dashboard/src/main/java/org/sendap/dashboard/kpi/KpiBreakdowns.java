package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sendap.dashboard.kpi.KpiBreakdownRepository.BreakdownFact;
import org.sendap.etl.pipeline.BreakdownRef;

/**
 * Finds a KPI's breakdowns among the facts of its inputs: the rows that differ from the rows the KPI
 * reads in one characteristic only, where the KPI reads that characteristic's total. In the EES
 * layout of {@code breakdown_topic} and {@code breakdown}, the topic names the characteristic and the
 * breakdown the category; elsewhere the one differing filter does. A characteristic the KPI pins to
 * one value (the service of a waiting list, the social care group of an absence rate) is never
 * broken down, and nor is a KPI that reads an earlier period for one of its roles (a rate per head).
 */
final class KpiBreakdowns {

	static final String TOPIC = "breakdown_topic";

	private KpiBreakdowns() {
	}

	/**
	 * @param read the breakdowns each layout (by position) reads its leading role at, as the pipeline
	 * resolved them from the catalogue
	 */
	static List<KpiBreakdown> of(Kpi kpi, KpiPeriod period, List<BreakdownFact> facts,
			Map<Long, Map<String, String>> filters, Map<Integer, Set<Long>> read) {
		Map<Integer, List<Kpi.KpiInput>> layouts = new TreeMap<>();
		kpi.inputs().forEach(input -> layouts.computeIfAbsent(input.sourcePosition(), key -> new ArrayList<>()).add(input));
		Map<Integer, List<BreakdownFact>> factsByLayout = new HashMap<>();
		for (BreakdownFact fact : facts) {
			if (inPeriod(fact, layouts.get(fact.sourcePosition()), period)) {
				factsByLayout.computeIfAbsent(fact.sourcePosition(), key -> new ArrayList<>()).add(fact);
			}
		}
		// The layout of the newest release that has the period: the one the KPI's own value comes from
		return factsByLayout.entrySet()
			.stream()
			.filter(entry -> breakable(layouts.get(entry.getKey())))
			.sorted(Comparator.comparing((Map.Entry<Integer, List<BreakdownFact>> entry) -> entry.getValue()
				.stream()
				.mapToInt(BreakdownFact::releaseOrder)
				.max()
				.orElse(0)).reversed().thenComparing(Map.Entry::getKey))
			.map(entry -> ofLayout(kpi, period, layouts.get(entry.getKey()), entry.getValue(), filters,
					read.getOrDefault(entry.getKey(), Set.of())))
			.filter(breakdowns -> !breakdowns.isEmpty())
			.findFirst()
			.orElse(List.of());
	}

	private static boolean breakable(List<Kpi.KpiInput> inputs) {
		return inputs.stream().allMatch(input -> input.lagYears() == 0)
				&& inputs.stream().map(Kpi.KpiInput::breakdownKeyHash).distinct().count() == 1;
	}

	private static boolean inPeriod(BreakdownFact fact, List<Kpi.KpiInput> inputs, KpiPeriod period) {
		KpiPeriod factPeriod = new KpiPeriod(fact.granularity(), fact.start(), fact.end(), fact.sourcePeriod(), fact.label());
		boolean januaryCensus = inputs.stream().anyMatch(Kpi.KpiInput::januaryCensus);
		if (januaryCensus && "calendar_year".equals(factPeriod.granularity())) {
			factPeriod = factPeriod.asAcademicYearOfJanuary();
		}
		return factPeriod.key().equals(period.key());
	}

	private static List<KpiBreakdown> ofLayout(Kpi kpi, KpiPeriod period, List<Kpi.KpiInput> inputs,
			List<BreakdownFact> facts, Map<Long, Map<String, String>> filters, Set<Long> read) {
		boolean pinned = inputs.get(0).breakdownKeyHash() != null;
		// The filter values of the rows the KPI itself reads, where it names them
		Map<String, String> base = pinned ? facts.stream()
			.map(BreakdownFact::breakdownId)
			.filter(read::contains)
			.sorted()
			.findFirst()
			.map(filters::get)
			.orElse(null) : null;
		if (pinned && base == null) {
			return List.of();
		}
		// The latest import's fact of each column at each breakdown
		Map<Long, Map<String, BreakdownFact>> byBreakdown = new TreeMap<>();
		for (BreakdownFact fact : facts) {
			byBreakdown.computeIfAbsent(fact.breakdownId(), id -> new HashMap<>())
				.merge(fact.role() + "\u001F" + fact.column(), fact,
						(one, other) -> Comparator.comparingInt(BreakdownFact::releaseOrder)
							.thenComparingLong(BreakdownFact::importId)
							.compare(one, other) >= 0 ? one : other);
		}
		Map<String, List<KpiBreakdown.Category>> byDimension = new LinkedHashMap<>();
		byBreakdown.forEach((breakdownId, columns) -> {
			Map<String, String> own = filters.get(breakdownId);
			if (own == null) {
				return;
			}
			Category category = categorise(base, own);
			if (category == null) {
				return;
			}
			PeriodFigures figures = figures(kpi, inputs, columns, period);
			if (figures != null) {
				byDimension.computeIfAbsent(category.dimension(), key -> new ArrayList<>())
					.add(new KpiBreakdown.Category(category.label(), KpiCalculator.point(kpi, figures, false)));
			}
		});
		List<KpiBreakdown> breakdowns = new ArrayList<>();
		byDimension.forEach((dimension, categories) -> {
			if (categories.size() > 1) {
				breakdowns.add(new KpiBreakdown(dimension, period.code(), period.label(), inOrder(categories)));
			}
		});
		return breakdowns;
	}

	private record Category(String dimension, String label) {
	}

	/** The characteristic and category of a row, or null if it is no breakdown of the KPI's own rows. */
	private static Category categorise(Map<String, String> base, Map<String, String> own) {
		if (base != null && !base.keySet().equals(own.keySet())) {
			return null;
		}
		Set<String> differing = new LinkedHashSet<>();
		for (Map.Entry<String, String> filter : own.entrySet()) {
			String baseValue = base == null ? null : base.get(filter.getKey());
			boolean differs = base == null ? !isTotal(filter.getValue()) : !filter.getValue().equals(baseValue);
			if (differs) {
				if (base != null && !isTotal(baseValue)) {
					return null;
				}
				differing.add(filter.getKey());
			}
		}
		if (differing.isEmpty()) {
			return null;
		}
		if (differing.contains(TOPIC)) {
			List<String> rest = differing.stream().filter(name -> !name.equals(TOPIC)).map(own::get).toList();
			return rest.isEmpty() || rest.stream().anyMatch(KpiBreakdowns::isTotal) ? null
					: new Category(own.get(TOPIC), String.join(", ", rest));
		}
		if (differing.size() != 1) {
			return null;
		}
		String name = differing.iterator().next();
		return new Category(humanised(name), own.get(name));
	}

	/**
	 * Categories that all name a number (ages, age bands, years) in the order of their numbers, "under"
	 * before the number it names: age 3 before age 10, Under 5 before 5 to 10; others as the source
	 * lists them.
	 */
	static List<KpiBreakdown.Category> inOrder(List<KpiBreakdown.Category> categories) {
		if (!categories.stream().allMatch(category -> FIRST_NUMBER.matcher(category.label()).find())) {
			return categories;
		}
		return categories.stream().sorted(Comparator.comparingDouble(category -> position(category.label()))).toList();
	}

	private static final java.util.regex.Pattern FIRST_NUMBER = java.util.regex.Pattern.compile("\\d+");

	private static double position(String label) {
		java.util.regex.Matcher number = FIRST_NUMBER.matcher(label);
		number.find();
		double value = Double.parseDouble(number.group());
		String before = label.substring(0, number.start()).toLowerCase(Locale.ROOT);
		return before.contains("under") || before.contains("less than") || before.contains("below") ? value - 0.5 : value;
	}

	/** The pipeline's rule, as in the warehouse's {@code breakdown.is_total}; a filter the row lacks is at its total. */
	static boolean isTotal(String value) {
		return value == null || BreakdownRef.isTotalValue(value);
	}

	private static String humanised(String filterName) {
		String words = filterName.replace('_', ' ').strip();
		return words.isEmpty() ? filterName : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** The KPI's figures at one breakdown: each role's columns added up, a symbol kept. */
	private static PeriodFigures figures(Kpi kpi, List<Kpi.KpiInput> inputs, Map<String, BreakdownFact> columns,
			KpiPeriod period) {
		String lead = kpi.ratio() ? "numerator" : "value";
		Term numerator = term(inputs, columns, lead);
		Term denominator = kpi.ratio() ? term(inputs, columns, "denominator") : Term.NONE;
		if (numerator == null || denominator == null) {
			return null;
		}
		boolean publishesRate = kpi.ratio() && inputs.stream().anyMatch(input -> KpiTable.RATE.equals(input.role()));
		Term rate = publishesRate ? term(inputs, columns, KpiTable.RATE) : null;
		if (rate == null) {
			rate = Term.NONE;
		}
		return new PeriodFigures(null, period.code(), period.label(), period.start(), numerator.value(),
				numerator.status(), denominator.value(), denominator.status(), 1, 0, numerator.importId(),
				PeriodFigures.otherImport(numerator.importId(), denominator.importId()), rate.value(), rate.status());
	}

	private record Term(BigDecimal value, String status, long importId) {

		static final Term NONE = new Term(null, null, 0);

	}

	private static Term term(List<Kpi.KpiInput> inputs, Map<String, BreakdownFact> columns, String role) {
		BigDecimal sum = BigDecimal.ZERO;
		long importId = 0;
		for (Kpi.KpiInput input : inputs) {
			if (!input.role().equals(role)) {
				continue;
			}
			BreakdownFact fact = columns.get(role + "\u001F" + input.column());
			if (fact == null) {
				return null;
			}
			importId = Math.max(importId, fact.importId());
			if (fact.value() == null) {
				return new Term(null, fact.status(), importId);
			}
			sum = sum.add(fact.value());
		}
		return new Term(sum, null, importId);
	}

}
