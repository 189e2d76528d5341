package org.sendap.etl.nhs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sendap.etl.ees.EesPeriods;
import org.sendap.etl.ees.SuppressionSymbols;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the by-service tables of a waiting-list workbook as observations: one per organisation,
 * service and table (the table says which indicator: total list or a wait band). An empty cell means
 * no organisation submitted that service, so no value is recorded; '*' is kept as the publisher's
 * suppression symbol.
 */
class ChsObservationReader extends AbstractItemCountingItemStreamItemReader<Observation> {

	static final String SERVICE = "service";

	private final SourceFile source;

	private final Map<String, ChsTable> tables = new HashMap<>();

	private final ChsAreas areas = new ChsAreas(NhsGeography.shipped());

	private final Deque<Observation> pending = new ArrayDeque<>();

	private final Map<String, BreakdownRef> breakdowns = new HashMap<>();

	private WorkbookRows workbook;

	private String sheet;

	private String type = "";

	ChsObservationReader(SourceFile source, List<ChsTable> tables) {
		this.source = source;
		tables.forEach(table -> this.tables.put(table.sheet(), table));
		setName("chsObservationReader");
		setSaveState(false);
	}

	@Override
	protected void doOpen() {
		this.workbook = WorkbookRows.open(this.source);
	}

	@Override
	protected Observation doRead() {
		while (this.pending.isEmpty()) {
			SheetRow row = this.workbook.next();
			if (row == null) {
				return null;
			}
			if (!row.sheet().equals(this.sheet)) {
				this.sheet = row.sheet();
				this.type = "";
			}
			ChsTable table = this.tables.get(row.sheet());
			if (table != null && row.row() > table.headerRow()) {
				read(table, row);
			}
		}
		return this.pending.poll();
	}

	private void read(ChsTable table, SheetRow row) {
		if (table.typeColumn() >= 0 && !row.cell(table.typeColumn()).isBlank()) {
			this.type = row.cell(table.typeColumn()).trim();
		}
		String name = row.cell(table.nameColumn()).trim();
		if (name.isEmpty()) {
			return;
		}
		String code = table.codeColumn() >= 0 ? row.cell(table.codeColumn()) : "";
		ChsAreas.Placed placed = this.areas.place(this.type, name, code);
		if (placed.area() == null) {
			this.pending.add(Observation.skippedInSheet(table.sheet(), row.row(), placed.problem()));
			return;
		}
		PeriodRef period = EesPeriods.parse(String.valueOf(table.year()), table.month()).orElseThrow();
		for (Map.Entry<Integer, String> service : table.services().entrySet()) {
			String cell = row.cell(service.getKey()).trim();
			if (cell.isEmpty()) {
				continue;
			}
			ObservedValue value = SuppressionSymbols.isNumber(cell)
					? ObservedValue.number(table.indicator(), SuppressionSymbols.number(cell))
					: ObservedValue.symbol(table.indicator(), SuppressionSymbols.symbol(cell));
			this.pending.add(Observation.inSheet(table.sheet(), row.row(), placed.area(), period,
					breakdown(service.getValue()), List.of(value.at(WorkbookRows.columnLetter(service.getKey())))));
		}
	}

	private BreakdownRef breakdown(String service) {
		return this.breakdowns.computeIfAbsent(service, label -> {
			TreeMap<String, String> filters = new TreeMap<>();
			filters.put(SERVICE, label);
			return new BreakdownRef(filters);
		});
	}

	@Override
	protected void doClose() {
		if (this.workbook != null) {
			this.workbook.close();
			this.workbook = null;
		}
	}

}
