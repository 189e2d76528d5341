package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.icepear.echarts.Bar;
import org.icepear.echarts.charts.bar.BarDataItem;
import org.icepear.echarts.charts.bar.BarItemStyle;
import org.icepear.echarts.charts.bar.BarLabel;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.AxisNameTextStyle;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * One breakdown of a KPI as a bar chart: a bar per category with its figure at its end, a gap for a
 * suppressed one (its symbol beside its label and in the table); with its table and its summary in
 * words. A rate's categories with a base (denominator) below {@value #SMALL_BASE} are too few to
 * compare: their bars are drawn as dashed outlines with their base beside the label, the table marks
 * them, and the summary leaves them out of highest and lowest, saying so. The chart is as tall as
 * its categories and labels need ({@link BreakdownLayout}).
 *
 * @param index the breakdown's place on the page, for element ids and download links
 */
public record BreakdownChart(Kpi kpi, String areaCode, String areaName, KpiBreakdown breakdown, int index) {

	/** A base below this is too few to compare: 1 of 1 is no evidence that a group does best. */
	static final int SMALL_BASE = 10;

	private static final String BAR_COLOUR = "#1d70b8";

	private static final String SMALL_BASE_FILL = "#d2e2f1";

	private static final String TEXT_COLOUR = "#0b0c0c";

	public String id() {
		return "breakdown-" + this.index;
	}

	public String title() {
		return this.kpi.name() + " by " + inSentence(this.breakdown.dimension()) + ", " + this.areaName + ", "
				+ this.breakdown.periodLabel();
	}

	/** A characteristic's name inside a sentence: "years EHC plan in place", "sex". */
	static String inSentence(String name) {
		boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
		return acronym ? name : name.substring(0, 1).toLowerCase(Locale.UK) + name.substring(1);
	}

	public int height() {
		return layout().height();
	}

	/** Whether the KPI is a rate of a base: then each category's base is shown. */
	public boolean hasBases() {
		return this.kpi.ratio();
	}

	/** A figure computed from a base below {@value #SMALL_BASE}. */
	public boolean smallBase(KpiBreakdown.Category category) {
		BigDecimal base = category.point().denominator();
		return category.point().hasValue() && base != null && base.compareTo(BigDecimal.valueOf(SMALL_BASE)) < 0;
	}

	public boolean anySmallBase() {
		return this.breakdown.categories().stream().anyMatch(this::smallBase);
	}

	public boolean anySuppressed() {
		return this.breakdown.categories().stream().anyMatch(category -> !category.point().hasValue());
	}

	/** The base of a category's rate, or null where it has none (a count, a suppressed figure). */
	public String base(KpiBreakdown.Category category) {
		BigDecimal base = category.point().denominator();
		return base == null ? null : KpiNarrative.count(base);
	}

	/** The chart in one sentence, small bases left out of highest and lowest ({@link BreakdownSummary}). */
	public String summary() {
		return BreakdownSummary.of(this);
	}

	public String optionJson() {
		List<KpiBreakdown.Category> categories = this.breakdown.categories();
		List<Object> bars = new ArrayList<>();
		for (KpiBreakdown.Category category : categories) {
			bars.add(category.point().hasValue() ? bar(category) : null);
		}
		boolean percent = percent();
		BreakdownLayout layout = layout();
		// Three or four ticks (0, 50%, 100%): the figures are at the bars' ends, a phone has no room for more
		ValueAxis values = new ValueAxis().setMin(0)
			.setSplitNumber(2)
			.setAxisLabel(Map.of("hideOverlap", true, "color", TEXT_COLOUR, "formatter", percent ? "{value}%" : "{value}"));
		if (!percent) {
			values.setName(this.kpi.unit()).setNameLocation("middle").setNameGap(30)
				.setNameTextStyle(new AxisNameTextStyle().setColor(TEXT_COLOUR));
		}
		Bar chart = new Bar().setTooltip(new Tooltip().setTrigger("axis"))
			.addYAxis(new CategoryAxis().setData(layout.labels().toArray(String[]::new))
				.setInverse(true)
				.setAxisLabel(Map.of("interval", 0, "fontSize", BreakdownLayout.FONT_SIZE, "lineHeight",
						BreakdownLayout.LINE_HEIGHT, "color", TEXT_COLOUR)))
			.addXAxis(values)
			.addSeries(new BarSeries().setName(this.breakdown.dimension())
				.setData(bars.toArray())
				.setColor(BAR_COLOUR)
				.setBarWidth(BreakdownLayout.BAR_WIDTH)
				.setLabel(new BarLabel().setShow(true).setPosition("right").setDistance(BreakdownLayout.FIGURE_DISTANCE)
					.setColor(TEXT_COLOUR).setFontSize(BreakdownLayout.FONT_SIZE)));
		chart.getOption().setAnimation(false).setGrid(new Grid().setContainLabel(true).setLeft(10)
			.setRight(layout.right()).setTop(BreakdownLayout.TOP).setBottom(layout.bottom()));
		return new Engine().renderJsonOption(chart).replace("</", "<\\/");
	}

	/** A bar with its figure at its end; a small base's drawn as a dashed outline. */
	private BarDataItem bar(KpiBreakdown.Category category) {
		BarItemStyle style = smallBase(category)
				? new BarItemStyle().setColor(SMALL_BASE_FILL).setBorderColor(BAR_COLOUR).setBorderType("dashed")
					.setBorderWidth(2)
				: new BarItemStyle().setColor(BAR_COLOUR);
		return new BarDataItem().setValue(category.point().value()).setItemStyle(style)
			.setLabel(new BarLabel().setFormatter(figure(category.point().value())));
	}

	/**
	 * A category's label on the chart: with its base where that is small ("(base 1)", never parted
	 * from its number), its symbol where suppressed.
	 */
	String chartLabel(KpiBreakdown.Category category) {
		if (smallBase(category)) {
			return category.label() + " (base\u00a0" + base(category) + ")";
		}
		return category.point().hasValue() ? category.label() : category.label() + " (" + category.point().status() + ")";
	}

	/** The figure at a bar's end: 38.6%, 2,431, 367.2 (the unit is the axis' name). */
	private String figure(BigDecimal value) {
		return percent() || "count".equals(this.kpi.unit()) ? KpiNarrative.format(value, this.kpi) : value.toPlainString();
	}

	BreakdownLayout layout() {
		List<String> figures = this.breakdown.categories()
			.stream()
			.filter(category -> category.point().hasValue())
			.map(category -> figure(category.point().value()))
			.toList();
		return BreakdownLayout.of(this.breakdown.categories().stream().map(this::chartLabel).toList(), figures,
				!percent());
	}

	/** A percentage's axis says % at each tick; other units name the axis. */
	private boolean percent() {
		return "%".equals(this.kpi.unit());
	}

	public String value(KpiBreakdown.Category category) {
		return category.point().hasValue() ? KpiNarrative.format(category.point().value(), this.kpi)
				: category.point().status();
	}

	public String detail(KpiBreakdown.Category category) {
		KpiPoint point = category.point();
		if (!point.hasValue()) {
			return SymbolMeanings.meaning(point.status());
		}
		return point.numerator() != null && point.denominator() != null
				? KpiNarrative.count(point.numerator()) + " of " + KpiNarrative.count(point.denominator()) : null;
	}

	public List<ChartFigure> figures() {
		return this.breakdown.categories()
			.stream()
			.map(category -> new ChartFigure(this.breakdown.dimension(), this.areaCode, this.areaName, this.breakdown.period(),
					this.breakdown.periodLabel(), category.label(), category.point().value(), category.point().status(),
					category.point().numerator(), category.point().denominator(), null, null, category.point().importId(),
					category.point().denominatorImportId()))
			.toList();
	}

}
