package org.sendap.etl.ons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.sendap.etl.ees.EesPeriods;
import org.sendap.etl.ees.SuppressionSymbols;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.CsvObservationReader;
import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.pipeline.IndicatorDescription;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.pipeline.SourceLayout;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.source.ContentSniffer;
import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * ONS subnational population projections (SNPP): one row per area, component, sex and age, one column
 * per projected year. Each year is a reporting year, as in the ONS mid-year estimates published on
 * EES, so that estimates and projections line up. The projection's base (the first year) names the
 * release ("2022-based").
 */
@Component
@Order(40)
public class PopulationProjectionLayout implements SourceLayout {

	public static final String ID = "ons-population-projection";

	public static final String PUBLICATION = "Subnational population projections for England";

	private static final List<String> REQUIRED = List.of("AREA_CODE", "AREA_NAME", "COMPONENT", "SEX", "AGE_GROUP");

	private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

	private static final String YEAR_IDENTIFIER = "Reporting year";

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "ONS subnational population projections CSV (columns AREA_CODE, AREA_NAME, COMPONENT, SEX, AGE_GROUP, "
				+ "then one column per year)";
	}

	@Override
	public boolean recognises(SourceFile source) {
		return ContentSniffer.csvHeader(source)
			.map(header -> header.containsAll(REQUIRED) && header.stream().anyMatch(column -> YEAR.matcher(column).matches()))
			.orElse(false);
	}

	@Override
	public LayoutInspection inspect(SourceFile source) {
		String name = source.displayName();
		Map<String, String> components = new LinkedHashMap<>();
		List<Finding> findings = new ArrayList<>();
		long rows = 0;
		int baseYear;
		try (CsvTabularFile file = CsvTabularFile.open(name, source.open())) {
			Columns columns = Columns.of(name, file.header());
			baseYear = Integer.parseInt(file.header().get(columns.years().get(0)));
			for (SourceRow row = file.nextRow(); row != null; row = file.nextRow()) {
				rows++;
				String component = row.value(columns.component()).trim();
				components.putIfAbsent(indicator(component), component);
				for (int column : columns.years()) {
					String cell = row.value(column).trim();
					if (!SuppressionSymbols.isNumber(cell) && !SuppressionSymbols.isSymbol(cell)) {
						findings.add(Finding.of(QualityCheck.UNKNOWN_SYMBOL, name, row.line(), file.header().get(column),
								cell, "found '" + cell + "' as a projected " + component.toLowerCase(Locale.ROOT)
										+ "; expected a number"));
					}
				}
			}
		}
		if (rows == 0) {
			throw new InputRejectedException(name, 2, null, "the file has a header but no data rows");
		}
		List<IndicatorDescription> indicators = new ArrayList<>();
		components.forEach((column, component) -> indicators
			.add(new IndicatorDescription(column, "Projected " + component.toLowerCase(Locale.ROOT), "count", 0)));
		DatasetDescription dataset = new DatasetDescription(PUBLICATION, baseYear + "-based", baseYear,
				"population_projection", "Projected population by single year of age and sex", indicators);
		return new LayoutInspection(dataset, rows, "", findings);
	}

	@Override
	public ItemStreamReader<Observation> reader(SourceFile source, String plan) {
		String name = source.displayName();
		List<String> header = ContentSniffer.csvHeader(source).orElseThrow();
		Columns columns = Columns.of(name, header);
		Map<String, PeriodRef> periods = new LinkedHashMap<>();
		for (int column : columns.years()) {
			periods.put(header.get(column), EesPeriods.parse(header.get(column), YEAR_IDENTIFIER).orElseThrow());
		}
		return new CsvObservationReader(source, row -> map(row, header, columns, periods));
	}

	private static List<Observation> map(SourceRow row, List<String> header, Columns columns,
			Map<String, PeriodRef> periods) {
		String code = row.value(columns.areaCode()).trim();
		String areaName = row.value(columns.areaName()).trim();
		AreaRef area = area(code, areaName);
		if (area == null) {
			return List.of(Observation.skipped(row.line(), "area " + code + " (" + areaName
					+ ") is not England, a region or an upper-tier local authority"));
		}
		TreeMap<String, String> filters = new TreeMap<>();
		filters.put("sex", row.value(columns.sex()).trim().toLowerCase(Locale.ROOT));
		filters.put("age", row.value(columns.age()).trim());
		BreakdownRef breakdown = new BreakdownRef(filters);
		String indicator = indicator(row.value(columns.component()));
		List<Observation> observations = new ArrayList<>(columns.years().size());
		for (int column : columns.years()) {
			String cell = row.value(column).trim();
			ObservedValue value = SuppressionSymbols.isNumber(cell)
					? ObservedValue.number(indicator, SuppressionSymbols.number(cell))
					: ObservedValue.symbol(indicator, SuppressionSymbols.symbol(cell));
			observations.add(Observation.of(row.line(), area, periods.get(header.get(column)), breakdown,
					List.of(value.at(header.get(column)))));
		}
		return observations;
	}

	/** England, a region or an upper-tier LA by the prefix of its ONS code; districts are not modelled. */
	private static AreaRef area(String code, String name) {
		if (code.equals(AreaRef.ENGLAND_CODE)) {
			return AreaRef.england();
		}
		if (code.startsWith("E12")) {
			return new AreaRef(AreaRef.REGION, code, null, name, AreaRef.england());
		}
		if (code.startsWith("E06") || code.startsWith("E08") || code.startsWith("E09") || code.startsWith("E10")) {
			return new AreaRef(AreaRef.LOCAL_AUTHORITY, code, null, name, null);
		}
		return null;
	}

	private static String indicator(String component) {
		return "projected_" + component.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
	}

	private record Columns(int areaCode, int areaName, int component, int sex, int age, List<Integer> years) {

		static Columns of(String file, List<String> header) {
			for (String required : REQUIRED) {
				if (!header.contains(required)) {
					throw new InputRejectedException(file, 1, required, "the column " + required
							+ " is missing; a population projection file has " + String.join(", ", REQUIRED)
							+ " and one column per year");
				}
			}
			List<Integer> years = new ArrayList<>();
			for (int i = 0; i < header.size(); i++) {
				if (YEAR.matcher(header.get(i)).matches()) {
					years.add(i);
				}
			}
			return new Columns(header.indexOf("AREA_CODE"), header.indexOf("AREA_NAME"), header.indexOf("COMPONENT"),
					header.indexOf("SEX"), header.indexOf("AGE_GROUP"), years);
		}

	}

}
