package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.icepear.echarts.Bar;
import org.icepear.echarts.charts.bar.BarDataItem;
import org.icepear.echarts.charts.bar.BarItemStyle;
import org.icepear.echarts.charts.bar.BarLabel;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.marker.MarkLine;
import org.icepear.echarts.components.marker.MarkLine1DDataItem;
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
			BarDataItem bar = new BarDataItem().setName(area.name())
				.setValue(area.value())
				.setItemStyle(new BarItemStyle().setColor(selected ? SELECTED
						: area.quartile() == null ? UNBANDED : BAND_COLOURS.get(area.quartile())));
			if (selected) {
				bar.setLabel(new BarLabel().setShow(true).setPosition("top").setColor("#0b0c0c")
					.setFormatter(area.name() + "\n{c}"));
			}
			bars.add(bar);
		}
		BarSeries series = new BarSeries().setName(this.kpi.name()).setData(bars.toArray(BarDataItem[]::new));
		if (this.ranking.quartiles() != null) {
			KpiBenchmark.Quartiles quartiles = this.ranking.quartiles();
			series.setMarkLine(new MarkLine().setSilent(true).setSymbol("none")
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
			.addYAxis(new ValueAxis().setName(this.kpi.unit()).setMin(0))
			.addSeries(series);
		chart.getOption().setAnimation(false);
		return new Engine().renderJsonOption(chart).replace("</", "<\\/");
	}

	private static MarkLine1DDataItem quartileLine(String name, BigDecimal value) {
		return new MarkLine1DDataItem().setName(name).setYAxis(value);
	}

	private BigDecimal rounded(BigDecimal value) {
		return value.setScale(this.kpi.decimals(), java.math.RoundingMode.HALF_UP);
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
