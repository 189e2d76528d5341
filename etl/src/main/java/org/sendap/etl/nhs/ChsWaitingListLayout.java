package org.sendap.etl.nhs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sendap.etl.ees.EesPeriods;
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
 * NHS England's Community Health Services waiting lists: the monthly workbook, whose tables give the
 * total waiting list and each wait band by service for England, NHS regions, ICBs and providers. Each
 * edition is a release named by the month its data describes (not the month it was published), so a
 * later edition never hides an earlier month.
 */
@Component
@Order(20)
public class ChsWaitingListLayout implements SourceLayout {

	public static final String ID = "nhs-chs-waiting-lists";

	public static final String PUBLICATION = "Community Health Services Waiting Lists";

	static final String DATASET = "waiting_lists_by_service";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Plan(List<ChsTable> tables) {
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String description() {
		return "NHS England Community Health Services waiting lists: the monthly Excel workbook (.xlsx) with tables "
				+ "'Total waiting list by service' and 'Number waiting ... by service'";
	}

	@Override
	public boolean recognises(SourceFile source) {
		return ContentSniffer.isXlsxWorkbook(source) && ChsWorkbookInspector.hasByServiceTable(source);
	}

	@Override
	public LayoutInspection inspect(SourceFile source) {
		ChsWorkbookInspector.Inspection inspection = ChsWorkbookInspector.inspect(source);
		PeriodRef latest = inspection.tables()
			.stream()
			.map(table -> EesPeriods.parse(String.valueOf(table.year()), table.month()).orElseThrow())
			.max(Comparator.comparing(PeriodRef::start))
			.orElseThrow();
		Map<String, IndicatorDescription> indicators = new LinkedHashMap<>();
		for (ChsTable table : inspection.tables()) {
			indicators.putIfAbsent(table.indicator(),
					new IndicatorDescription(table.indicator(), table.indicatorLabel(), "count", 0));
		}
		int order = latest.start().getYear() * 100 + latest.start().getMonthValue();
		DatasetDescription dataset = new DatasetDescription(PUBLICATION, latest.label(), order, DATASET,
				"Waiting lists by service and wait band: England, NHS regions, ICBs and providers",
				new ArrayList<>(indicators.values()));
		return new LayoutInspection(dataset, inspection.rows(), JSON.writeValueAsString(new Plan(inspection.tables())),
				inspection.findings());
	}

	@Override
	public ItemStreamReader<Observation> reader(SourceFile source, String plan) {
		return new WorkbookObservationReader(source, new ChsRowMapper(JSON.readValue(plan, Plan.class).tables()));
	}

}
