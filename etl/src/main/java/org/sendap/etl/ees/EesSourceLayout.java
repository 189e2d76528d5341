package org.sendap.etl.ees;

import java.util.List;
import java.util.Set;

import org.sendap.etl.pipeline.CsvObservationReader;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.SourceLayout;
import org.sendap.etl.source.ContentSniffer;
import org.sendap.etl.source.SourceFile;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * DfE Explore Education Statistics tidy data: any CSV with {@code time_period},
 * {@code time_identifier} and {@code geographic_level} columns (EHC plans, SEN, absence, children
 * in need, ONS mid-year estimates republished on EES, ...).
 */
@Component
@Order(10)
public class EesSourceLayout implements SourceLayout {

	public static final String ID = "ees-csv";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What the reader needs from the inspection: the header as inspected and which columns are indicators. */
	record Plan(List<String> header, List<String> indicators) {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "DfE Explore Education Statistics tidy CSV (columns time_period, time_identifier, geographic_level, "
				+ "then filters and indicators), as a file, a folder or a release zip";
	}

	@Override
	public boolean recognises(SourceFile source) {
		// Two of the three standard columns make a file EES-like enough for the inspection to say
		// precisely which column is missing.
		return ContentSniffer.csvHeader(source)
			.map(header -> EesColumns.REQUIRED.stream().filter(header::contains).count() >= 2)
			.orElse(false);
	}

	@Override
	public LayoutInspection inspect(SourceFile source) {
		EesInspection inspection = EesInspector.inspect(source);
		String plan = JSON.writeValueAsString(
				new Plan(inspection.layout().header(), inspection.layout().indicatorColumns()));
		return new LayoutInspection(inspection.dataset(), inspection.rows(), plan, inspection.findings());
	}

	@Override
	public ItemStreamReader<Observation> reader(SourceFile source, String plan) {
		Plan read = JSON.readValue(plan, Plan.class);
		EesRowMapper mapper = new EesRowMapper(source.displayName(),
				EesLayout.of(read.header(), Set.copyOf(read.indicators())));
		return new CsvObservationReader(source, row -> List.of(mapper.map(row)));
	}

}
