package org.sendap.etl.ees;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceRow;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Turns one row of an EES file into an {@link Observation}: its area (England, a region or a local
 * authority), its period, its breakdown (the values of the filter columns) and one value or
 * symbol per indicator column. Rows of geographic levels the warehouse does not model yet are
 * skipped with the reason, never dropped silently.
 */
public class EesRowMapper implements ItemProcessor<SourceRow, Observation> {

	private static final String ENGLAND_CODE = "E92000001";

	private final String fileName;

	private final EesLayout layout;

	private final Map<String, Integer> positions;

	private final int[] filterPositions;

	private final int[] indicatorPositions;

	private final Map<String, PeriodRef> periods = new HashMap<>();

	/** Why each period that names none of the calendar does not, by time period and identifier. */
	private final Map<String, String> notInCalendar = new HashMap<>();

	public EesRowMapper(String fileName, EesLayout layout) {
		this.fileName = fileName;
		this.layout = layout;
		this.positions = layout.positions();
		this.filterPositions = layout.filterColumns().stream().mapToInt(this.positions::get).toArray();
		this.indicatorPositions = layout.indicatorColumns().stream().mapToInt(this.positions::get).toArray();
	}

	@Override
	public Observation process(SourceRow row) {
		return map(row);
	}

	public Observation map(SourceRow row) {
		String level = value(row, EesColumns.GEOGRAPHIC_LEVEL);
		AreaRef england = new AreaRef(AreaRef.NATIONAL, orDefault(value(row, EesColumns.COUNTRY_CODE), ENGLAND_CODE),
				null, orDefault(value(row, EesColumns.COUNTRY_NAME), "England"), null);
		AreaRef area;
		switch (level) {
			case "National" -> area = england;
			case "Regional" -> {
				String code = value(row, EesColumns.REGION_CODE);
				if (code.isEmpty()) {
					return Observation.skipped(row.line(), "regional row without a region_code");
				}
				area = new AreaRef(AreaRef.REGION, code, null, value(row, EesColumns.REGION_NAME), england);
			}
			case "Local authority" -> {
				String code = value(row, EesColumns.NEW_LA_CODE);
				String oldCode = value(row, EesColumns.OLD_LA_CODE);
				if (code.isEmpty() && oldCode.isEmpty()) {
					return Observation.skipped(row.line(), "local authority row without new_la_code or old_la_code");
				}
				String regionCode = value(row, EesColumns.REGION_CODE);
				AreaRef region = regionCode.isEmpty() ? null
						: new AreaRef(AreaRef.REGION, regionCode, null, value(row, EesColumns.REGION_NAME), england);
				area = new AreaRef(AreaRef.LOCAL_AUTHORITY, emptyToNull(code), emptyToNull(oldCode),
						value(row, EesColumns.LA_NAME), region);
			}
			default -> {
				return Observation.skipped(row.line(), "geographic level '" + level + "' is not modelled yet");
			}
		}
		String timePeriod = value(row, EesColumns.TIME_PERIOD);
		String timeIdentifier = value(row, EesColumns.TIME_IDENTIFIER);
		String periodKey = timePeriod + "\u001F" + timeIdentifier;
		String impossible = this.notInCalendar.computeIfAbsent(periodKey,
				key -> EesPeriods.notInCalendar(timePeriod, timeIdentifier).orElse(""));
		if (!impossible.isEmpty()) {
			return Observation.skipped(row.line(), impossible);
		}
		PeriodRef period = this.periods.computeIfAbsent(periodKey,
				key -> EesPeriods.require(this.fileName, row.line(), timePeriod, timeIdentifier));
		return Observation.of(row.line(), area, period, breakdown(row), values(row));
	}

	private BreakdownRef breakdown(SourceRow row) {
		TreeMap<String, String> filters = new TreeMap<>();
		for (int i = 0; i < this.filterPositions.length; i++) {
			filters.put(this.layout.filterColumns().get(i), row.value(this.filterPositions[i]).trim());
		}
		return new BreakdownRef(filters);
	}

	private List<ObservedValue> values(SourceRow row) {
		List<ObservedValue> values = new ArrayList<>(this.indicatorPositions.length);
		for (int i = 0; i < this.indicatorPositions.length; i++) {
			String column = this.layout.indicatorColumns().get(i);
			String cell = row.value(this.indicatorPositions[i]);
			if (SuppressionSymbols.isNumber(cell)) {
				values.add(ObservedValue.number(column, SuppressionSymbols.number(cell)));
			}
			else if (cell.strip().length() > SuppressionSymbols.MAX_TEXT) {
				throw new InputRejectedException(this.fileName, row.line(), column, "found a text of "
						+ cell.strip().length() + " characters; expected a number, a symbol or a short category");
			}
			else {
				values.add(ObservedValue.symbol(column, SuppressionSymbols.symbol(cell)));
			}
		}
		return values;
	}

	private String value(SourceRow row, String column) {
		Integer position = this.positions.get(column);
		return position == null ? "" : row.value(position).trim();
	}

	private static String orDefault(String value, String fallback) {
		return value.isEmpty() ? fallback : value;
	}

	private static String emptyToNull(String value) {
		return value.isEmpty() ? null : value;
	}

}
