package org.sendap.dashboard.kpi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the KPI page shows: the series by period as a table, and the names and text around them.
 */
public record KpiPageModel(Kpi kpi, KpiSeries series, List<PeriodColumn> periods) {

	public record PeriodColumn(String period, String label) {
	}

	/** A cell of the data table: the value as shown, the figures behind it, and what a symbol means. */
	public record Cell(String text, String detail, String symbolMeaning) {
	}

	public record Row(String label, List<Cell> cells) {
	}

	public static KpiPageModel of(Kpi kpi, KpiSeries series) {
		Map<String, String> periods = new TreeMap<>();
		series.series().forEach(line -> line.points().forEach(point -> periods.putIfAbsent(point.period(), point.label())));
		return new KpiPageModel(kpi, series,
				periods.entrySet().stream().map(entry -> new PeriodColumn(entry.getKey(), entry.getValue())).toList());
	}

	public List<String> columnNames() {
		return this.series.series().stream().map(this::seriesName).toList();
	}

	/** The table under the chart: one row per period, newest first, one column per series. */
	public List<Row> rows() {
		List<Row> rows = new java.util.ArrayList<>();
		for (int i = this.periods.size() - 1; i >= 0; i--) {
			PeriodColumn period = this.periods.get(i);
			rows.add(new Row(period.label(),
					this.series.series().stream().map(line -> cell(point(line, period.period()))).toList()));
		}
		return rows;
	}

	private Cell cell(KpiPoint point) {
		if (point == null) {
			return new Cell("–", null, "no figures published");
		}
		if (point.value() == null) {
			return new Cell(point.status(), null, SymbolMeanings.meaning(point.status()));
		}
		String areas = point.areas() == null ? "" : ", " + point.areas() + " LAs";
		String detail;
		if (point.numerator() == null) {
			detail = null;
		}
		else if (point.denominator() == null) {
			detail = "total " + KpiNarrative.count(point.numerator()) + areas;
		}
		else {
			detail = KpiNarrative.count(point.numerator()) + " of " + KpiNarrative.count(point.denominator()) + areas;
		}
		return new Cell(KpiNarrative.format(point.value(), this.kpi), detail, null);
	}

	public String summary() {
		return KpiNarrative.summarise(this);
	}

	public String chartOption() {
		return KpiChart.optionJson(this);
	}

	KpiPoint point(KpiSeries.Series line, String period) {
		return line.points().stream().filter(point -> point.period().equals(period)).findFirst().orElse(null);
	}

	public String seriesName(KpiSeries.Series line) {
		return switch (line.role()) {
			case KpiSeries.NEIGHBOURS -> "Statistical neighbours (" + line.members().size()
					+ ("count".equals(this.kpi.computation()) ? ", average" : "") + ")";
			case KpiSeries.NEIGHBOUR -> line.area().name() + " (neighbour)";
			default -> line.area().name();
		};
	}

	public KpiSeries.Series selected() {
		return this.series.series().get(0);
	}

	/**
	 * Whether the chart draws the series: a count of one area is not drawn against England's or the
	 * region's total, which would flatten it; the table has them.
	 */
	public boolean drawn(KpiSeries.Series line) {
		return !countsTotals() || !(KpiSeries.ENGLAND.equals(line.role()) || KpiSeries.REGION.equals(line.role()));
	}

	/** A count KPI, whose England and region figures are totals. */
	public boolean countsTotals() {
		return "count".equals(this.kpi.computation());
	}

	public boolean hasData() {
		return this.series.series().stream().anyMatch(line -> line.points().stream().anyMatch(KpiPoint::hasValue));
	}

	/** Every figure of the chart, series by series, oldest period first: what its downloads hold. */
	public List<ChartFigure> figures() {
		List<ChartFigure> figures = new java.util.ArrayList<>();
		for (KpiSeries.Series line : this.series.series()) {
			for (KpiPoint point : line.points()) {
				figures.add(new ChartFigure(seriesName(line), line.area().code(), line.area().name(), point.period(),
						point.label(), null, point.value(), point.status(), point.numerator(), point.denominator(), null,
						null, point.importId(), point.denominatorImportId()));
			}
		}
		return figures;
	}

}
