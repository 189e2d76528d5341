package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.icepear.echarts.Bar;
import org.icepear.echarts.charts.bar.BarDataItem;
import org.icepear.echarts.charts.bar.BarItemStyle;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.AxisNameTextStyle;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkLine1DDataItem;
import org.icepear.echarts.components.marker.MarkPoint;
import org.icepear.echarts.components.marker.MarkPointDataItem;
import org.icepear.echarts.components.series.SeriesLabel;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * The ranking chart of a KPI: a bar for every area of the kind in one period, best first, the
 * selected area highlighted and labelled, bars shaded by quartile band with lines at the quartiles;
 * with its table and its summary in words.
 */
public record RankingChart(Kpi kpi, KpiRanking ranking) {

	/** Quartile bands A to D: dark to light blue, each at least 3:1 against white; the area in orange. */
	private static final Map<String, String> BAND_COLOURS = Map.of("A", "#003078", "B", "#1d70b8", "C", "#5694ca", "D",
			"#6f777b");

	private static final String UNBANDED = "#1d70b8";

	private static final String SELECTED = "#d4351c";

	/** ECharts' own, for the quartiles' values at the ends of their lines. */
	private static final int QUARTILE_FONT_SIZE = 12;

	private static final int MARK_LINE_PRECISION = 2;

	/** ECharts' own, between a quartile line's end and its value. */
	private static final int MARK_LINE_LABEL_DISTANCE = 5;

	private static final int EDGE = 11;

	private static final int LABEL_FONT_SIZE = 13;

	private static final int LABEL_LINE_HEIGHT = 17;

	private static final int LABEL_PADDING = 3;

	private static final int LABEL_DISTANCE = 8;

	/** The selected area's name breaks into lines this wide: a long ICB's name fits a phone. */
	private static final int LABEL_WIDTH = 150;

	/** The quartile lines in front of the bars (ECharts' own order), the selected area's label in front of them. */
	private static final int MARK_LINE_Z = 5;

	public boolean hasData() {
		return !this.ranking.isEmpty();
	}

	public Optional<KpiRanking.RankedArea> selected() {
		return this.ranking.areas().stream().filter(area -> area.code().equals(this.ranking.selectedCode())).findFirst();
	}

	public String summary() {
		Optional<KpiRanking.RankedArea> selected = selected();
		int of = this.ranking.areas().size();
		if (selected.isEmpty()) {
			return "No value for this area in " + this.ranking.periodLabel() + " to rank among the " + of + " "
					+ this.ranking.rankedAmong() + " with one.";
		}
		KpiRanking.RankedArea area = selected.get();
		StringBuilder text = new StringBuilder(area.name()).append(" ranks ").append(BenchmarkPanel.ordinal(area.rank()))
			.append(" of ").append(of).append(' ').append(this.ranking.rankedAmong()).append(" in ")
			.append(this.ranking.periodLabel()).append(" with ").append(KpiNarrative.format(area.value(), this.kpi));
		if (this.ranking.quartiles() != null) {
			text.append(", quartile ").append(area.quartile()).append(" (A is the best quarter); the median is ")
				.append(KpiNarrative.format(rounded(this.ranking.quartiles().median()), this.kpi));
		}
		text.append(this.kpi.neutral() ? ". 1st is the highest." : ". 1st is the best.");
		return text.toString();
	}

	public String optionJson() {
		List<String> names = this.ranking.areas().stream().map(KpiRanking.RankedArea::name).toList();
		List<BarDataItem> bars = new ArrayList<>();
		for (KpiRanking.RankedArea area : this.ranking.areas()) {
			boolean selected = area.code().equals(this.ranking.selectedCode());
			bars.add(new BarDataItem().setName(area.name())
				.setValue(area.value())
				.setItemStyle(new BarItemStyle().setColor(selected ? SELECTED
						: area.quartile() == null ? UNBANDED : BAND_COLOURS.get(area.quartile()))));
		}
		BarSeries series = new BarSeries().setName(this.kpi.name()).setData(bars.toArray(BarDataItem[]::new));
		selected().ifPresent(area -> series.setMarkPoint(selectedLabel(area)));
		if (this.ranking.quartiles() != null) {
			KpiBenchmark.Quartiles quartiles = this.ranking.quartiles();
			series.setMarkLine(new MarkLine().setZ(MARK_LINE_Z)
				.setPrecision(MARK_LINE_PRECISION)
				.setSilent(true)
				.setSymbol("none")
				.setData(new MarkLine1DDataItem[] { quartileLine("Lower quartile", quartiles.q1()),
						quartileLine("Median", quartiles.median()), quartileLine("Upper quartile", quartiles.q3()) }));
		}
		Bar chart = new Bar().setTooltip(new Tooltip().setTrigger("axis"))
			.addXAxis(new CategoryAxis().setData(names.toArray(String[]::new))
				.setName(this.ranking.rankedAmong() + (this.kpi.neutral() ? ", highest first" : ", best first"))
				.setNameLocation("middle")
				.setNameGap(12)
				.setAxisLabel(Map.of("show", false))
				.setAxisTick(Map.of("show", false)))
			// The unit over the axis' labels, clear of the selected area's label over the first bars
			.addYAxis(new ValueAxis().setName(this.kpi.unit())
				.setNameTextStyle(new AxisNameTextStyle().setAlign("right"))
				.setMin(0))
			.addSeries(series);
		// The value axis' labels inside the chart at any width, the quartiles' values right of their lines,
		// and above the bars room for the selected area's label, even over the tallest bar
		int labelHeight = selectedLines().size() * LABEL_LINE_HEIGHT + 2 * LABEL_PADDING + LABEL_DISTANCE;
		chart.getOption().setAnimation(false).setGrid(new Grid().setContainLabel(true).setLeft(10).setRight(rightMargin())
			.setTop(Math.max(60, labelHeight + 10)).setBottom(30));
		return new Engine().renderJsonOption(chart).replace("</", "<\\/");
	}

	private int rightMargin() {
		KpiBenchmark.Quartiles quartiles = this.ranking.quartiles();
		double widest = quartiles == null ? 0
				: Stream.of(quartiles.q1(), quartiles.median(), quartiles.q3())
					.map(value -> value.setScale(MARK_LINE_PRECISION, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
					.mapToDouble(label -> TextWidth.of(label, QUARTILE_FONT_SIZE))
					.max()
					.orElse(0);
		return (int) Math.ceil(widest) + MARK_LINE_LABEL_DISTANCE + EDGE;
	}

	/** The selected area's label: its name, wrapped to a third of a phone's width, and its value. */
	private List<String> selectedLines() {
		return selected().map(area -> {
			List<String> lines = new ArrayList<>(TextWidth.wrapped(area.name(), LABEL_FONT_SIZE, LABEL_WIDTH));
			lines.add(KpiNarrative.format(area.value(), this.kpi));
			return lines;
		}).orElse(List.of());
	}

	/**
	 * The selected area's name and value above its bar, on lines of their own height, on white and in
	 * front of the quartile lines, so that nothing crosses them; running from the bar towards the middle
	 * of the chart, so that they are never cut off at its edge.
	 */
	private MarkPoint selectedLabel(KpiRanking.RankedArea area) {
		int index = this.ranking.areas().indexOf(area);
		boolean inLeftHalf = index < this.ranking.areas().size() / 2;
		SeriesLabel label = new SeriesLabel().setShow(true)
			.setPosition("top")
			.setAlign(inLeftHalf ? "left" : "right")
			.setDistance(LABEL_DISTANCE)
			.setColor("#0b0c0c")
			.setFontSize(LABEL_FONT_SIZE)
			.setLineHeight(LABEL_LINE_HEIGHT)
			.setBackgroundColor("#ffffff")
			.setBorderColor("#0b0c0c")
			.setBorderWidth(1)
			.setPadding(new Number[] { LABEL_PADDING, 6 })
			.setFormatter(String.join("\n", selectedLines()));
		return new MarkPoint().setZ(MARK_LINE_Z + 1)
			.setSilent(true)
			.setSymbol("circle")
			.setSymbolSize(0)
			.setData(new MarkPointDataItem[] {
					new MarkPointDataItem().setCoord(new Object[] { index, area.value() }).setLabel(label) });
	}

	private static MarkLine1DDataItem quartileLine(String name, BigDecimal value) {
		return new MarkLine1DDataItem().setName(name).setYAxis(value);
	}

	private BigDecimal rounded(BigDecimal value) {
		return value.setScale(this.kpi.decimals(), RoundingMode.HALF_UP);
	}

	public List<ChartFigure> figures() {
		return this.ranking.areas()
			.stream()
			.map(area -> new ChartFigure("ranking", area.code(), area.name(), this.ranking.period(),
					this.ranking.periodLabel(), null, area.value(), null, null, null, area.rank(), area.quartile(),
					area.importId(), area.denominatorImportId()))
			.toList();
	}

	public String value(KpiRanking.RankedArea area) {
		return KpiNarrative.format(area.value(), this.kpi);
	}

}
