package org.sendap.etl.catalogue;

import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.KPI_INPUT;
import static org.sendap.warehouse.Tables.KPI_INPUT_FILTER;
import static org.sendap.warehouse.Tables.KPI_PRIORITY;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.jooq.DSLContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the KPI catalogue into the warehouse: the one shipped with the product ({@code catalogue/kpis.yml})
 * and, over it, the data team's own {@code kpis.yml} in the catalogue folder, whose KPIs replace shipped
 * ones of the same code and add new ones. Safe to run before every import: a KPI's row is updated in
 * place (its targets refer to it) and its inputs are rewritten.
 */
@Component
public class KpiCatalogueLoader {

	static final String FILE_NAME = "kpis.yml";

	static final String SHIPPED = "catalogue/" + FILE_NAME;

	private final DSLContext dsl;

	private final CatalogueProperties properties;

	private final KpiInputResolver inputs;

	KpiCatalogueLoader(DSLContext dsl, CatalogueProperties properties, KpiInputResolver inputs) {
		this.dsl = dsl;
		this.properties = properties;
		this.inputs = inputs;
	}

	/** The shipped catalogue, then the data team's over it. */
	public static KpiCatalogueReader.Catalogue read(Path overrides) {
		KpiCatalogueReader.Catalogue shipped;
		try (InputStream input = new ClassPathResource(SHIPPED).getInputStream()) {
			shipped = KpiCatalogueReader.read(input, SHIPPED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (!Files.isRegularFile(overrides)) {
			return shipped;
		}
		KpiCatalogueReader.Catalogue local;
		try (InputStream input = Files.newInputStream(overrides)) {
			local = KpiCatalogueReader.read(input, overrides.toString());
		}
		catch (IOException ex) {
			throw new CatalogueException(overrides + ": cannot be read: " + ex.getMessage());
		}
		Map<Integer, String> priorities = new TreeMap<>(shipped.priorities());
		priorities.putAll(local.priorities());
		Map<String, KpiDefinition> kpis = new LinkedHashMap<>();
		shipped.kpis().forEach(kpi -> kpis.put(kpi.code(), kpi));
		local.kpis().forEach(kpi -> kpis.put(kpi.code(), kpi));
		return new KpiCatalogueReader.Catalogue(priorities, List.copyOf(kpis.values()));
	}

	/** Loads the catalogue and resolves the columns and rows its KPIs read in the warehouse as it is. */
	public int load() {
		KpiCatalogueReader.Catalogue catalogue = read(this.properties.kpiFile());
		catalogue.priorities().forEach(this::savePriority);
		for (KpiDefinition kpi : catalogue.kpis()) {
			save(kpi);
		}
		this.inputs.resolve();
		return catalogue.kpis().size();
	}

	private void savePriority(int priority, String name) {
		if (this.dsl.update(KPI_PRIORITY).set(KPI_PRIORITY.NAME, name).where(KPI_PRIORITY.PRIORITY.eq(priority)).execute() == 0) {
			this.dsl.insertInto(KPI_PRIORITY).set(KPI_PRIORITY.PRIORITY, priority).set(KPI_PRIORITY.NAME, name).execute();
		}
	}

	private void save(KpiDefinition kpi) {
		var row = this.dsl.newRecord(KPI);
		row.setKpiCode(kpi.code());
		row.setName(kpi.name());
		row.setDefinition(kpi.definition());
		row.setPriority(kpi.priority());
		row.setUnit(kpi.unit());
		row.setPolarity(kpi.polarity());
		row.setComputation(kpi.computation());
		row.setMultiplier(kpi.multiplier());
		row.setDecimals(kpi.decimals());
		row.setGeography(kpi.geography());
		row.setSource(kpi.source());
		row.setPublisher(kpi.publisher());
		row.setDataNeeded(kpi.dataNeeded());
		row.setForecastFrom(kpi.forecastFrom() == null ? null : kpi.forecastFrom().date());
		row.setForecastFromReason(kpi.forecastFrom() == null ? null : kpi.forecastFrom().because());
		if (this.dsl.update(KPI).set(row).where(KPI.KPI_CODE.eq(kpi.code())).execute() == 0) {
			this.dsl.insertInto(KPI).set(row).execute();
		}
		this.dsl.deleteFrom(KPI_INPUT).where(KPI_INPUT.KPI_CODE.eq(kpi.code())).execute();
		this.dsl.deleteFrom(KPI_INPUT_FILTER).where(KPI_INPUT_FILTER.KPI_CODE.eq(kpi.code())).execute();
		int position = 0;
		for (KpiDefinition.Source source : kpi.sources()) {
			position++;
			for (KpiDefinition.Term term : source.terms()) {
				BreakdownSpec breakdown = term.breakdown();
				for (ColumnName column : term.columns()) {
					this.dsl.insertInto(KPI_INPUT)
						.set(KPI_INPUT.KPI_CODE, kpi.code())
						.set(KPI_INPUT.SOURCE_POSITION, position)
						.set(KPI_INPUT.ROLE, term.role())
						.set(KPI_INPUT.COLUMN_NAME, column.text())
						.set(KPI_INPUT.COLUMN_PATTERN, column.pattern())
						.set(KPI_INPUT.BREAKDOWN_KEY_HASH, breakdown == null ? null : breakdown.canonical().keyHash())
						.set(KPI_INPUT.BREAKDOWN_LABEL, breakdown == null ? BreakdownSpec.total().label() : breakdown.label())
						.set(KPI_INPUT.DATASET_NAME, term.dataset())
						.set(KPI_INPUT.PERIOD_LAG_YEARS, term.lagYears())
						.set(KPI_INPUT.JANUARY_CENSUS, term.januaryCensus())
						.set(KPI_INPUT.LAYOUT_NOTE, source.layout())
						.execute();
				}
				if (breakdown != null) {
					saveFilters(kpi.code(), position, term.role(), breakdown);
				}
			}
		}
	}

	private void saveFilters(String kpi, int position, String role, BreakdownSpec breakdown) {
		breakdown.filters().forEach((filter, spellings) -> {
			for (int spelling = 0; spelling < spellings.size(); spelling++) {
				this.dsl.insertInto(KPI_INPUT_FILTER)
					.set(KPI_INPUT_FILTER.KPI_CODE, kpi)
					.set(KPI_INPUT_FILTER.SOURCE_POSITION, position)
					.set(KPI_INPUT_FILTER.ROLE, role)
					.set(KPI_INPUT_FILTER.FILTER_NAME, filter)
					.set(KPI_INPUT_FILTER.FILTER_VALUE, spellings.get(spelling))
					.set(KPI_INPUT_FILTER.SPELLING, spelling)
					.execute();
			}
		});
	}

}
