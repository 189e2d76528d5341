package org.sendap.etl.socialcare;

import java.time.LocalDate;
import java.util.List;

import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.pipeline.IndicatorDescription;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.pipeline.SourceLayout;
import org.sendap.etl.pipeline.WorkbookObservationReader;
import org.sendap.etl.source.ContentSniffer;
import org.sendap.etl.source.SourceFile;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A council's monthly extract from its children's social care case system: the number of children and
 * young people with SEND known to social care on a snapshot date, by team, age band, EHC plan status
 * and social-care status, with the report's subtotal rows ("All teams", "All ages", ...), which the
 * breakdown-sum check then holds the parts to. Aggregate counts only: a workbook with a column that
 * looks like a personal identifier is rejected whole. Each month is a release of its own, so a later
 * month never hides an earlier one; a corrected workbook of the same month replaces it. The layout is
 * documented in {@code sample-data/social-care/README.md}.
 */
@Component
@Order(50)
public class SocialCareExtractLayout implements SourceLayout {

	public static final String ID = "local-send-social-care";

	public static final String PUBLICATION = "Children with SEND known to social care (local extract)";

	static final String DATASET = "send_known_to_social_care";

	static final IndicatorDescription CHILDREN = new IndicatorDescription(ExtractRowMapper.INDICATOR,
			"Children and young people with SEND known to social care", "count", 0);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "Local social-care extract of children with SEND known to social care (.xlsx; header row "
				+ String.join(", ", ExtractColumns.HEADERS) + ")";
	}

	@Override
	public boolean recognises(SourceFile source) {
		return ContentSniffer.isXlsxWorkbook(source) && ExtractInspector.hasHeaderRow(source);
	}

	@Override
	public LayoutInspection inspect(SourceFile source) {
		ExtractInspector.Inspection inspection = ExtractInspector.inspect(source);
		LocalDate snapshot = inspection.snapshot();
		PeriodRef month = ExtractRowMapper.month(snapshot);
		DatasetDescription dataset = new DatasetDescription(PUBLICATION, month.label(),
				snapshot.getYear() * 100 + snapshot.getMonthValue(), DATASET,
				"Children and young people with SEND known to children's social care, by team, age band, EHC plan "
						+ "status and social-care status",
				List.of(CHILDREN));
		return new LayoutInspection(dataset, inspection.rows(), JSON.writeValueAsString(inspection.plan()),
				inspection.findings());
	}

	@Override
	public ItemStreamReader<Observation> reader(SourceFile source, String plan) {
		ExtractPlan table = JSON.readValue(plan, ExtractPlan.class);
		ExtractRowMapper mapper = new ExtractRowMapper(source.displayName(), table);
		return new WorkbookObservationReader(source, row -> table.holds(row) ? List.of(mapper.map(row)) : List.of());
	}

}
