package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.icepear.echarts.Line;
import org.icepear.echarts.charts.line.LineAreaStyle;
import org.icepear.echarts.charts.line.LineSeries;
import org.icepear.echarts.components.coord.cartesian.CategoryAxis;
import org.icepear.echarts.components.coord.cartesian.ValueAxis;
import org.icepear.echarts.components.legend.Legend;
import org.icepear.echarts.components.series.LineStyle;
import org.icepear.echarts.components.tooltip.Tooltip;
import org.icepear.echarts.render.Engine;

/**
 * The forecast chart: the history, then the forecast (dashed) in its 95% and 80% prediction intervals
 * (shaded bands, darker for 80%), and with a scenario the baseline it departs from (dotted).
 */
final class ForecastChart {

	private static final String HISTORY = "#1d70b8";

	private static final String FORECAST = "#0b0c0c";

	private static final String BAND = "#5694ca";

	private static final String BASELINE = "#d4351c";

	private ForecastChart() {
	}

	static String optionJson(KpiForecast forecast) {
		List<String> labels = new ArrayList<>();
		forecast.history().forEach(point -> labels.add(point.label()));
		forecast.points().forEach(point -> labels.add(point.label()));
		int past = forecast.history().size();
		int total = labels.size();
		Object[] history = new Object[total];
		for (int i = 0; i < past; i++) {
			history[i] = forecast.history().get(i).value();
		}
		Line chart = new Line().setTooltip(new Tooltip().setTrigger("axis"))
			.addXAxis(new CategoryAxis().setData(labels.toArray(String[]::new)).setBoundaryGap(false))
			.addYAxis(new ValueAxis().setName(forecast.kpi().unit()).setMin(0));
		chart.addSeries(band("95% interval, lower", forecast, KpiForecast.Point::lower95, past, total, null, "95"));
		chart.addSeries(band("95% prediction interval", forecast, point -> point.upper95().subtract(point.lower95()), past,
				total, 0.18, "95"));
		chart.addSeries(band("80% interval, lower", forecast, KpiForecast.Point::lower80, past, total, null, "80"));
		chart.addSeries(band("80% prediction interval", forecast, point -> point.upper80().subtract(point.lower80()), past,
				total, 0.3, "80"));
		chart.addSeries(new LineSeries().setName(forecast.kpi().name() + ", published")
			.setData(history)
			.setColor(HISTORY)
			.setLineStyle(new LineStyle().setWidth(3).setColor(HISTORY)));
		chart.addSeries(new LineSeries().setName(forecast.scenario() == null ? "Forecast" : "Forecast with the scenario")
			.setData(joined(forecast, forecast.points(), past, total))
			.setColor(FORECAST)
			.setLineStyle(new LineStyle().setWidth(3).setType("dashed").setColor(FORECAST)));
		if (forecast.baseline() != null) {
			chart.addSeries(new LineSeries().setName("Baseline forecast")
				.setData(joined(forecast, forecast.baseline(), past, total))
				.setColor(BASELINE)
				.setLineStyle(new LineStyle().setWidth(2).setType("dotted").setColor(BASELINE)));
		}
		List<String> legend = new ArrayList<>(List.of(forecast.kpi().name() + ", published",
				forecast.scenario() == null ? "Forecast" : "Forecast with the scenario", "80% prediction interval",
				"95% prediction interval"));
		if (forecast.baseline() != null) {
			legend.add("Baseline forecast");
		}
		chart.setLegend(new Legend().setBottom(0).setData(legend.toArray(String[]::new)));
		chart.getOption().setAnimation(false);
		return new Engine().renderJsonOption(chart).replace("</", "<\\/");
	}

	/** A band is a stacked pair: an invisible line at its lower edge, then its width, shaded. */
	private static LineSeries band(String name, KpiForecast forecast, Function<KpiForecast.Point, BigDecimal> value, int past,
			int total, Double opacity, String stack) {
		Object[] data = new Object[total];
		for (int i = 0; i < forecast.points().size(); i++) {
			data[past + i] = value.apply(forecast.points().get(i));
		}
		LineSeries series = new LineSeries().setName(name)
			.setData(data)
			.setStack(stack)
			.setShowSymbol(false)
			.setSilent(true)
			.setColor(BAND)
			.setLineStyle(new LineStyle().setWidth(0).setColor(BAND));
		if (opacity != null) {
			series.setAreaStyle(new LineAreaStyle().setColor(BAND).setOpacity(opacity));
		}
		return series;
	}

	/** The forecast from the last published figure on, so that the two lines meet. */
	private static Object[] joined(KpiForecast forecast, List<KpiForecast.Point> points, int past, int total) {
		Object[] data = new Object[total];
		data[past - 1] = forecast.history().get(past - 1).value();
		for (int i = 0; i < points.size(); i++) {
			data[past + i] = points.get(i).value();
		}
		return data;
	}

}
