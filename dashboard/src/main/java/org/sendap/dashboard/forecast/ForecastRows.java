package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A forecast as rows, the published history first, then the periods ahead with their intervals (and
 * the baseline, with a scenario): what the CSV and the workbook's forecast sheet hold.
 */
final class ForecastRows {

	static final List<String> COLUMNS = List.of("kpi_code", "area_code", "area_name", "period", "period_label", "kind",
			"value", "lower80", "upper80", "lower95", "upper95", "baseline", "method", "scenario", "made");

	/** One row: a period and its figures; the interval and baseline are empty for a published figure. */
	record Row(String period, String label, String kind, BigDecimal value, BigDecimal lower80, BigDecimal upper80,
			BigDecimal lower95, BigDecimal upper95, BigDecimal baseline) {
	}

	private ForecastRows() {
	}

	static List<Row> of(KpiForecast forecast) {
		List<Row> rows = new ArrayList<>();
		forecast.history()
			.forEach(point -> rows.add(new Row(point.period(), point.label(), "published", point.value(), null, null, null,
					null, null)));
		for (int i = 0; i < forecast.points().size(); i++) {
			KpiForecast.Point point = forecast.points().get(i);
			BigDecimal baseline = forecast.baseline() == null ? null : forecast.baseline().get(i).value();
			rows.add(new Row(point.period(), point.label(), "forecast", point.value(), point.lower80(), point.upper80(),
					point.lower95(), point.upper95(), baseline));
		}
		return rows;
	}

	/** Every row as the cells of {@link #COLUMNS}: the CSV's records. */
	static List<List<Object>> table(KpiForecast forecast) {
		return of(forecast).stream().map(row -> cells(forecast, row)).toList();
	}

	private static List<Object> cells(KpiForecast forecast, Row row) {
		List<Object> cells = new ArrayList<>();
		cells.add(forecast.kpi().code());
		cells.add(forecast.area().code());
		cells.add(forecast.area().name());
		cells.add(row.period());
		cells.add(row.label());
		cells.add(row.kind());
		cells.add(row.value());
		cells.add(row.lower80());
		cells.add(row.upper80());
		cells.add(row.lower95());
		cells.add(row.upper95());
		cells.add(row.baseline());
		cells.add(forecast.method());
		cells.add(forecast.scenario() == null ? null : scenarioText(forecast.scenario()));
		cells.add(forecast.made().toString());
		return cells;
	}

	static String scenarioText(Scenario scenario) {
		StringBuilder text = new StringBuilder(scenario.name() == null ? "unsaved scenario" : scenario.name());
		text.append(": growth ").append(scenario.growthPercent() == null ? "0" : scenario.growthPercent().toPlainString())
			.append("% a period");
		if (scenario.shiftPercent() != null && scenario.shiftPercent().signum() != 0) {
			text.append(", ").append(scenario.shiftPercent().toPlainString())
				.append("% of new special-school placements in mainstream");
		}
		return text.toString();
	}

}
