package org.sendap.dashboard.kpi;

import java.util.List;

import org.icepear.echarts.Line;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * The ECharts option of a KPI's line chart, built with the ECharts Java wrapper: one line per
 * series (the LA, England, its region, its statistical neighbours) over the periods of the table.
 * Missing and suppressed values leave a gap rather than a made-up point.
 */
final class KpiChart {

	/** Colour-blind-safe, and at least 3:1 against white (WCAG 1.4.11). */
	private static final String[] COLOURS = { "#1d70b8", "#505a5f", "#d4351c", "#00703c" };

	private static final String[] LINE_TYPES = { "solid", "dashed", "dotted", "dashed" };

	/** Each neighbour on its own: thin and grey, behind the LA and the comparators. */
	private static final String NEIGHBOUR_COLOUR = "#6f777b";

	private KpiChart() {
	}

	static String optionJson(KpiPageModel page) {
		List<String> labels = page.periods().stream().map(KpiPageModel.PeriodColumn::label).toList();
		Line chart = new Line()
			.setTooltip(new Tooltip().setTrigger("axis"))
			.setLegend(new Legend().setBottom(0))
			.addXAxis(new CategoryAxis().setData(labels.toArray(String[]::new)).setName("Period").setNameLocation("middle")
				.setNameGap(28))
			.addYAxis(new ValueAxis().setName(page.kpi().unit()).setMin(0));
		List<KpiSeries.Series> series = page.series().series();
		int comparator = 0;
		for (KpiSeries.Series line : series) {
			if (!page.drawn(line)) {
				continue;
			}
			Object[] data = page.periods()
				.stream()
				.map(period -> page.point(line, period.period()))
				.map(point -> point == null ? null : point.value())
				.toArray();
			boolean selected = KpiSeries.SELECTED.equals(line.role());
			boolean oneNeighbour = KpiSeries.NEIGHBOUR.equals(line.role());
			int style = selected ? 0 : oneNeighbour ? 0 : ++comparator;
			chart.addSeries(new LineSeries().setName(page.seriesName(line))
				.setData(data)
				.setConnectNulls(false)
				.setColor(oneNeighbour ? NEIGHBOUR_COLOUR : COLOURS[style % COLOURS.length])
				.setSymbolSize(selected ? 9 : oneNeighbour ? 4 : 6)
				.setLineStyle(new LineStyle().setWidth(selected ? 4 : oneNeighbour ? 1 : 2)
					.setType(oneNeighbour ? "solid" : LINE_TYPES[style % LINE_TYPES.length])
					.setColor(oneNeighbour ? NEIGHBOUR_COLOUR : COLOURS[style % COLOURS.length])));
		}
		chart.getOption().setAnimation(false);
		// The option is embedded in a <script> element: "</" must not end it early.
		return new Engine().renderJsonOption(chart).replace("</", "<\\/");
	}

}
