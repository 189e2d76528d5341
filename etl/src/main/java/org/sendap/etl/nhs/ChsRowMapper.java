package org.sendap.etl.nhs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.sendap.etl.ees.EesPeriods;
import org.sendap.etl.ees.SuppressionSymbols;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.source.WorkbookRows;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Maps the rows of the by-service tables of a waiting-list workbook to observations: one per
 * organisation, service and table (the table says which indicator: total list or a wait band). An empty
 * cell means no organisation submitted that service, so no value is recorded; '*' is kept as the
 * publisher's suppression symbol. A row whose organisation cannot be placed is skipped with the reason.
 */
class ChsRowMapper implements Function<SheetRow, List<Observation>> {

	static final String SERVICE = "service";

	private final Map<String, ChsTable> tables = new HashMap<>();

	private final ChsOrganisations organisations = new ChsOrganisations();

	private final Map<String, BreakdownRef> breakdowns = new HashMap<>();

	ChsRowMapper(List<ChsTable> tables) {
		tables.forEach(table -> this.tables.put(table.sheet(), table));
	}

	@Override
	public List<Observation> apply(SheetRow row) {
		ChsTable table = this.tables.get(row.sheet());
		return table != null && row.row() > table.headerRow() ? read(table, row) : List.of();
	}

	private List<Observation> read(ChsTable table, SheetRow row) {
		Optional<ChsOrganisations.Organisation> organisation = this.organisations.of(table, row);
		if (organisation.isEmpty()) {
			return List.of();
		}
		ChsAreas.Placed placed = organisation.get().placed();
		if (placed.area() == null) {
			return List.of(Observation.skippedInSheet(table.sheet(), row.row(), placed.problem()));
		}
		PeriodRef period = EesPeriods.parse(String.valueOf(table.year()), table.month()).orElseThrow();
		List<Observation> observations = new ArrayList<>();
		for (Map.Entry<Integer, String> service : table.services().entrySet()) {
			String cell = row.cell(service.getKey()).trim();
			if (cell.isEmpty()) {
				continue;
			}
			ObservedValue value = SuppressionSymbols.isNumber(cell)
					? ObservedValue.number(table.indicator(), SuppressionSymbols.number(cell))
					: ObservedValue.symbol(table.indicator(), SuppressionSymbols.symbol(cell));
			observations.add(Observation.inSheet(table.sheet(), row.row(), placed.area(), period,
					breakdown(service.getValue()), List.of(value.at(WorkbookRows.columnLetter(service.getKey())))));
		}
		return observations;
	}

	private BreakdownRef breakdown(String service) {
		return this.breakdowns.computeIfAbsent(service, label -> {
			TreeMap<String, String> filters = new TreeMap<>();
			filters.put(SERVICE, label);
			return new BreakdownRef(filters);
		});
	}

}
