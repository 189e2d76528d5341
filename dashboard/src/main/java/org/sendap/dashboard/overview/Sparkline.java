package org.sendap.dashboard.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiNarrative;
import org.sendap.dashboard.kpi.KpiPoint;

/**
 * A small trend line of an area's last periods, drawn on the server as SVG (no script): a gap where a
 * value is missing or suppressed, a dot on the latest value. Its description says the same in words.
 *
 * @param segments SVG polyline point lists, one per unbroken run of values
 */
public record Sparkline(List<String> segments, String lastX, String lastY, String description) {

	static final int WIDTH = 120;

	static final int HEIGHT = 32;

	private static final int PAD = 4;

	/** The most periods a sparkline shows: the last twelve. */
	static final int PERIODS = 12;

	public static Sparkline of(Kpi kpi, List<KpiPoint> points) {
		List<KpiPoint> shown = points.subList(Math.max(0, points.size() - PERIODS), points.size());
		List<KpiPoint> withValues = shown.stream().filter(KpiPoint::hasValue).toList();
		if (withValues.size() < 2) {
			return null;
		}
		BigDecimal min = withValues.stream().map(KpiPoint::value).min(BigDecimal::compareTo).orElseThrow();
		BigDecimal max = withValues.stream().map(KpiPoint::value).max(BigDecimal::compareTo).orElseThrow();
		double range = max.subtract(min).doubleValue();
		List<String> segments = new ArrayList<>();
		StringBuilder segment = new StringBuilder();
		String lastX = null;
		String lastY = null;
		for (int i = 0; i < shown.size(); i++) {
			KpiPoint point = shown.get(i);
			if (!point.hasValue()) {
				close(segments, segment);
				continue;
			}
			double x = PAD + (WIDTH - 2.0 * PAD) * i / Math.max(1, shown.size() - 1);
			double fraction = range == 0 ? 0.5 : (point.value().doubleValue() - min.doubleValue()) / range;
			double y = HEIGHT - PAD - (HEIGHT - 2.0 * PAD) * fraction;
			lastX = coordinate(x);
			lastY = coordinate(y);
			segment.append(segment.isEmpty() ? "" : " ").append(lastX).append(',').append(lastY);
		}
		close(segments, segment);
		KpiPoint first = withValues.get(0);
		KpiPoint last = withValues.get(withValues.size() - 1);
		String description = "Trend from " + first.label() + " to " + last.label() + ": "
				+ KpiNarrative.format(first.value(), kpi) + " to " + KpiNarrative.format(last.value(), kpi) + "; lowest "
				+ KpiNarrative.format(min, kpi) + ", highest " + KpiNarrative.format(max, kpi);
		return new Sparkline(segments, lastX, lastY, description);
	}

	private static void close(List<String> segments, StringBuilder segment) {
		if (!segment.isEmpty()) {
			segments.add(segment.toString());
			segment.setLength(0);
		}
	}

	private static String coordinate(double value) {
		return String.format(Locale.ROOT, "%.1f", value);
	}

	public int width() {
		return WIDTH;
	}

	public int height() {
		return HEIGHT;
	}

}
