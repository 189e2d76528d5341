package org.sendap.dashboard.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.icepear.echarts.Bar;
import org.icepear.echarts.charts.bar.BarSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.grid.Grid;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * One breakdown of a KPI as a bar chart: a bar per category, a gap for a suppressed one (its symbol
 * is in the table); with its table and its summary in words.
 *
 * @param index the breakdown's place on the page, for element ids and download links
 */
public record BreakdownChart(Kpi kpi, String areaCode, String areaName, KpiBreakdown breakdown, int index) {

	/** Room per bar, so that long category names stay readable. */
	private static final int BAR_HEIGHT = 28;

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
		return Math.max(160, 60 + BAR_HEIGHT * this.breakdown.categories().size());
	}

	public String summary() {
		List<KpiBreakdown.Category> withValues = this.breakdown.categories()
			.stream()
			.filter(category -> category.point().hasValue())
			.toList();
		if (withValues.isEmpty()) {
			return "Every category of " + inSentence(this.breakdown.dimension()) + " is suppressed or not available.";
		}
		KpiBreakdown.Category highest = withValues.stream()
			.max((one, other) -> one.point().value().compareTo(other.point().value()))
			.orElseThrow();
		KpiBreakdown.Category lowest = withValues.stream()
			.min((one, other) -> one.point().value().compareTo(other.point().value()))
			.orElseThrow();
		int hidden = this.breakdown.categories().size() - withValues.size();
		return "In " + this.breakdown.periodLabel() + ", by " + inSentence(this.breakdown.dimension()) + ": highest "
				+ highest.label() + " (" + KpiNarrative.format(highest.point().value(), this.kpi) + "), lowest "
				+ lowest.label() + " (" + KpiNarrative.format(lowest.point().value(), this.kpi) + "), of "
				+ this.breakdown.categories().size() + " categories" + (hidden > 0 ? ", " + hidden + " suppressed or not available" : "")
				+ ".";
	}

	public String optionJson() {
		List<String> labels = new ArrayList<>();
		List<Object> values = new ArrayList<>();
		for (KpiBreakdown.Category category : this.breakdown.categories()) {
			labels.add(category.label());
			values.add(category.point().value());
		}
		Bar chart = new Bar().setTooltip(new Tooltip().setTrigger("axis"))
			.addYAxis(new CategoryAxis().setData(labels.toArray(String[]::new)).setInverse(true))
			.addXAxis(new ValueAxis().setName(this.kpi.unit()).setMin(0))
			.addSeries(new BarSeries().setName(this.breakdown.dimension()).setData(values.toArray()).setColor("#1d70b8")
				.setBarMaxWidth(20));
		chart.getOption().setAnimation(false).setGrid(new Grid().setContainLabel(true).setLeft(10).setRight(40));
		return new Engine().renderJsonOption(chart).replace("</", "<\\/");
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
