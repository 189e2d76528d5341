package org.sendap.etl.catalogue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a catalogue file ({@code kpis.yml}) and checks every KPI in it, so that a mistake made by hand
 * is reported with the file, the KPI and the field, and never half-loaded.
 */
public final class KpiCatalogueReader {

	/** A catalogue file's content: priority names and KPIs, in file order. */
	public record Catalogue(Map<Integer, String> priorities, List<KpiDefinition> kpis) {
	}

	private static final YAMLMapper YAML = YAMLMapper.builder().build();

	private static final Set<String> KPI_FIELDS = Set.of("code", "name", "definition", "priority", "unit",
			"polarity", "computation", "multiplier", "decimals", "geography", "source", "publisher", "dataNeeded",
			"forecastFrom", "sources");

	private static final Set<String> FORECAST_FROM_FIELDS = Set.of("date", "because");

	private static final Set<String> SOURCE_FIELDS = Set.of("layout", "numerator", "denominator", "value", "rate",
			"breakdown", "dataset", "lagYears", "januaryCensus");

	private static final Set<String> TERM_FIELDS = Set.of("columns", "pattern", "breakdown", "dataset", "lagYears",
			"januaryCensus");

	/** Optional: the column in which a ratio's source publishes the rate itself. */
	private static final String RATE = "rate";

	private final String file;

	private KpiCatalogueReader(String file) {
		this.file = file;
	}

	static Catalogue read(InputStream input, String file) {
		JsonNode root;
		try {
			root = YAML.readTree(input);
		}
		catch (JacksonException ex) {
			throw new CatalogueException(file + ": not valid YAML: " + ex.getMessage());
		}
		return new KpiCatalogueReader(file).catalogue(root);
	}

	private Catalogue catalogue(JsonNode root) {
		if (root == null || !root.isObject()) {
			throw fail("the file", "expected a mapping with 'priorities' and 'kpis'");
		}
		Map<Integer, String> priorities = new TreeMap<>();
		JsonNode names = root.path("priorities");
		if (!names.isMissingNode()) {
			for (Map.Entry<String, JsonNode> entry : names.properties()) {
				int priority = priorityNumber(entry.getKey(), "priorities");
				String name = entry.getValue().asString().strip();
				if (name.isEmpty()) {
					throw fail("priorities", "priority " + priority + " has no name");
				}
				priorities.put(priority, name);
			}
		}
		List<KpiDefinition> kpis = new ArrayList<>();
		Map<String, Boolean> codes = new LinkedHashMap<>();
		for (JsonNode node : root.path("kpis").values()) {
			KpiDefinition kpi = kpi(node);
			if (codes.put(kpi.code(), true) != null) {
				throw fail("KPI '" + kpi.code() + "'", "the code appears twice; expected each code once");
			}
			kpis.add(kpi);
		}
		return new Catalogue(priorities, kpis);
	}

	private KpiDefinition kpi(JsonNode node) {
		String code = text(node, "a KPI", "code");
		String where = "KPI '" + code + "'";
		if (!code.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
			throw fail(where, "field 'code': expected lower-case letters, digits and hyphens");
		}
		unknownFields(node, KPI_FIELDS, where);
		String polarity = oneOf(node, where, "polarity", null, "higher", "lower", "neutral");
		String computation = oneOf(node, where, "computation", null, "ratio", "count", "published");
		String geography = oneOf(node, where, "geography", "la", "la", "icb", "sub_icb");
		int priority = priorityNumber(text(node, where, "priority"), where + ", field 'priority'");
		BigDecimal multiplier = node.has("multiplier") ? number(node, where, "multiplier") : BigDecimal.ONE;
		int decimals = node.has("decimals") ? number(node, where, "decimals").intValueExact() : 0;
		List<KpiDefinition.Source> sources = new ArrayList<>();
		for (JsonNode source : node.path("sources").values()) {
			sources.add(source(source, where + ", source " + (sources.size() + 1), computation));
		}
		if (sources.isEmpty()) {
			throw fail(where, "field 'sources': expected at least one layout the KPI is computed from");
		}
		return new KpiDefinition(code, text(node, where, "name"), text(node, where, "definition"), priority,
				text(node, where, "unit"), polarity, computation, multiplier, decimals, geography,
				text(node, where, "source"), optionalText(node, "publisher"), optionalText(node, "dataNeeded"),
				forecastFrom(node.path("forecastFrom"), where + ", field 'forecastFrom'"), sources);
	}

	private KpiDefinition.ForecastFrom forecastFrom(JsonNode node, String where) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		unknownFields(node, FORECAST_FROM_FIELDS, where);
		String date = text(node, where, "date");
		try {
			return new KpiDefinition.ForecastFrom(LocalDate.parse(date), text(node, where, "because"));
		}
		catch (DateTimeParseException ex) {
			throw fail(where, "date '" + date + "'; expected the first day of a period as yyyy-mm-dd, e.g. 2015-01-01");
		}
	}

	private KpiDefinition.Source source(JsonNode node, String where, String computation) {
		unknownFields(node, SOURCE_FIELDS, where);
		List<String> roles = "ratio".equals(computation) ? List.of("numerator", "denominator") : List.of("value");
		for (String role : List.of("numerator", "denominator", "value")) {
			if (node.has(role) && !roles.contains(role)) {
				throw fail(where, "field '" + role + "': a " + computation + " KPI reads " + String.join(" and ", roles));
			}
		}
		if (node.has(RATE) && !"ratio".equals(computation)) {
			throw fail(where, "field 'rate': only a ratio KPI names the rate its source publishes beside its numerator "
					+ "and denominator");
		}
		List<KpiDefinition.Term> terms = new ArrayList<>();
		for (String role : roles) {
			if (!node.has(role)) {
				throw fail(where, "field '" + role + "' is missing; a " + computation + " KPI reads "
						+ String.join(" and ", roles));
			}
			terms.add(term(role, node.get(role), node, where + ", " + role));
		}
		if (node.has(RATE)) {
			terms.add(term(RATE, node.get(RATE), node, where + ", " + RATE));
		}
		return new KpiDefinition.Source(optionalText(node, "layout"), terms);
	}

	/**
	 * A role given as a column, a list of columns, or a mapping that may override the source's options.
	 * A column is a name or {@code {pattern: REGEX}}; {@code {pattern: REGEX}} may also stand for the role.
	 */
	private KpiDefinition.Term term(String role, JsonNode node, JsonNode source, String where) {
		JsonNode options = node.isObject() ? node : source;
		if (node.isObject()) {
			unknownFields(node, TERM_FIELDS, where);
			if (node.has("columns") == node.has("pattern")) {
				throw fail(where, "expected either 'columns' or 'pattern'");
			}
		}
		List<ColumnName> names = new ArrayList<>();
		if (node.isObject() && node.has("pattern")) {
			names.add(pattern(node.get("pattern"), where));
		}
		else {
			JsonNode columns = node.isObject() ? node.path("columns") : node;
			for (JsonNode column : columns.isArray() ? columns.values() : List.of(columns)) {
				names.add(column.isObject() ? columnPattern(column, where) : ColumnName.named(column.asString().strip()));
			}
		}
		if (names.isEmpty() || names.stream().anyMatch(column -> column.text().isEmpty())) {
			throw fail(where, "expected a column name, a list of column names, {columns: [...]} or {pattern: REGEX}");
		}
		JsonNode breakdown = option(options, source, "breakdown");
		JsonNode dataset = option(options, source, "dataset");
		JsonNode lag = option(options, source, "lagYears");
		JsonNode january = option(options, source, "januaryCensus");
		if (!lag.isMissingNode() && !lag.isIntegralNumber()) {
			throw fail(where, "field 'lagYears': expected a whole number of years");
		}
		if (!january.isMissingNode() && !january.isBoolean()) {
			throw fail(where, "field 'januaryCensus': expected true or false");
		}
		return new KpiDefinition.Term(role, List.copyOf(names), breakdown(breakdown, where),
				dataset.isMissingNode() ? null : dataset.asString(), lag.isMissingNode() ? 0 : lag.asInt(),
				!january.isMissingNode() && january.booleanValue());
	}

	private ColumnName columnPattern(JsonNode column, String where) {
		unknownFields(column, Set.of("pattern"), where);
		return pattern(column.get("pattern"), where);
	}

	private ColumnName pattern(JsonNode node, String where) {
		String regex = node == null ? "" : node.asString().strip();
		try {
			return ColumnName.matching(regex);
		}
		catch (PatternSyntaxException ex) {
			throw fail(where, "field 'pattern': '" + regex + "' is not a regular expression: " + ex.getDescription());
		}
	}

	private static JsonNode option(JsonNode options, JsonNode source, String name) {
		return options.has(name) ? options.get(name) : source.path(name);
	}

	/**
	 * Filter: value pairs; a value may list the spellings releases have used, the catalogue's own first
	 * ({@code social_care_group: [CINO at 31 March, CIN at 31 March]}).
	 */
	private BreakdownSpec breakdown(JsonNode node, String where) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw fail(where, "field 'breakdown': expected filter: value pairs, e.g. {breakdown_topic: Sex, breakdown: Female}");
		}
		SortedMap<String, List<String>> filters = new TreeMap<>();
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			JsonNode value = entry.getValue();
			List<String> spellings = new ArrayList<>();
			for (JsonNode spelling : value.isArray() ? value.values() : List.of(value)) {
				spellings.add(spelling.asString().strip());
			}
			if (spellings.isEmpty() || spellings.stream().anyMatch(String::isEmpty)) {
				throw fail(where, "field 'breakdown', filter '" + entry.getKey()
						+ "': expected a value, or a list of the spellings releases have used");
			}
			filters.put(entry.getKey(), spellings);
		}
		return new BreakdownSpec(filters);
	}

	private void unknownFields(JsonNode node, Set<String> known, String where) {
		if (!node.isObject()) {
			throw fail(where, "expected a mapping of fields");
		}
		for (String name : node.propertyNames()) {
			if (!known.contains(name)) {
				throw fail(where, "unknown field '" + name + "'; expected one of " + String.join(", ", known.stream().sorted().toList()));
			}
		}
	}

	private String oneOf(JsonNode node, String where, String field, String fallback, String... allowed) {
		String value = node.has(field) ? node.get(field).asString() : fallback;
		if (value == null || !List.of(allowed).contains(value)) {
			throw fail(where, "field '" + field + "' is " + (value == null ? "missing" : "'" + value + "'")
					+ "; expected " + String.join(", ", allowed));
		}
		return value;
	}

	private int priorityNumber(String text, String where) {
		try {
			int priority = Integer.parseInt(text.strip());
			if (priority >= 1 && priority <= 7) {
				return priority;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		throw fail(where, "priority '" + text + "'; expected a strategy priority from 1 to 7");
	}

	private BigDecimal number(JsonNode node, String where, String field) {
		JsonNode value = node.get(field);
		if (!value.isNumber()) {
			throw fail(where, "field '" + field + "' is '" + value.asString() + "'; expected a number");
		}
		return value.decimalValue();
	}

	private String text(JsonNode node, String where, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.asString().isBlank()) {
			throw fail(where, "field '" + field + "' is missing");
		}
		return value.asString().strip();
	}

	private static String optionalText(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || value.isNull() || value.asString().isBlank() ? null : value.asString().strip();
	}

	private CatalogueException fail(String where, String problem) {
		return new CatalogueException(this.file + ": " + where + ": " + problem);
	}

}
