package org.sendap.etl.catalogue;

import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.KPI_SOURCE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.sendap.etl.pipeline.BreakdownRef;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the KPI catalogue ({@code catalogue/kpis.yml}) into the warehouse, replacing what an
 * earlier version of the catalogue said.
 */
@Component
public class KpiCatalogueLoader {

	static final String CATALOGUE = "catalogue/kpis.yml";

	private final DSLContext dsl;

	KpiCatalogueLoader(DSLContext dsl) {
		this.dsl = dsl;
	}

	record Catalogue(List<KpiDefinition> kpis) {
	}

	public static List<KpiDefinition> read() {
		YAMLMapper mapper = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream input = new ClassPathResource(CATALOGUE).getInputStream()) {
			return mapper.readValue(input, Catalogue.class).kpis();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The dashboard computes ratio KPIs so far: each layout must name a numerator and a denominator. */
	private static void check(KpiDefinition kpi) {
		boolean complete = "ratio".equals(kpi.computation()) && !kpi.sources().isEmpty() && kpi.sources()
			.stream()
			.allMatch(source -> source.numerator() != null && source.denominator() != null);
		if (!complete) {
			throw new IllegalStateException(CATALOGUE + ": KPI " + kpi.code()
					+ " must have computation 'ratio' and a numerator and a denominator column in each source");
		}
	}

	public int load() {
		List<KpiDefinition> kpis = read();
		kpis.forEach(KpiCatalogueLoader::check);
		for (KpiDefinition kpi : kpis) {
			this.dsl.deleteFrom(KPI_SOURCE).where(KPI_SOURCE.KPI_CODE.eq(kpi.code())).execute();
			this.dsl.deleteFrom(KPI).where(KPI.KPI_CODE.eq(kpi.code())).execute();
			this.dsl.insertInto(KPI)
				.set(KPI.KPI_CODE, kpi.code())
				.set(KPI.NAME, kpi.name())
				.set(KPI.UNIT, kpi.unit())
				.set(KPI.POLARITY, kpi.polarity())
				.set(KPI.PRIORITY, kpi.priority())
				.set(KPI.COMPUTATION, kpi.computation())
				.set(KPI.MULTIPLIER, kpi.multiplier())
				.set(KPI.DECIMALS, kpi.decimals())
				.set(KPI.TARGET, kpi.target())
				.set(KPI.DEFINITION, kpi.definition())
				.set(KPI.SOURCE, kpi.source())
				.execute();
			int position = 0;
			for (KpiDefinition.Source source : kpi.sources()) {
				BreakdownRef breakdown = BreakdownRef.of(source.breakdown() == null ? Map.of() : source.breakdown());
				this.dsl.insertInto(KPI_SOURCE)
					.set(KPI_SOURCE.KPI_CODE, kpi.code())
					.set(KPI_SOURCE.POSITION, ++position)
					.set(KPI_SOURCE.NUMERATOR_COLUMN, source.numerator())
					.set(KPI_SOURCE.DENOMINATOR_COLUMN, source.denominator())
					.set(KPI_SOURCE.VALUE_COLUMN, source.value())
					.set(KPI_SOURCE.BREAKDOWN_KEY_HASH, breakdown.keyHash())
					.set(KPI_SOURCE.BREAKDOWN_LABEL, breakdown.label())
					.execute();
			}
		}
		return kpis.size();
	}

}
