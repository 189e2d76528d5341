package org.sendap.dashboard.kpi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sendap.dashboard.area.Area;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Everything the KPI page shows for an LA (or an NHS area), and what its downloads hold: the trend
 * of the LA against its comparators, the benchmark panel, the ranking of all areas of its kind, the
 * breakdowns its source has, and where the figures came from.
 *
 * @param area the area asked for; {@code trend.series()} names the area the figures are for (an
 * LA's ICB, for an NHS measure)
 * @param periods every period of the KPI the area has figures for, oldest first: the choices of the
 * period range
 * @param lineage the imports of the latest figures shown, for the page's source line
 */
public record KpiPage(Kpi kpi, Area area, KpiPageOptions options, KpiPageModel trend, KpiBenchmark benchmark,
		BenchmarkPanel panel, RankingChart ranking, List<BreakdownChart> breakdowns, List<KpiPeriod> periods,
		List<ImportLineage> lineage) {

	/** A chart's figures by the chart's name in a download link: trend, ranking or breakdown-N. */
	public Optional<List<ChartFigure>> figures(String chart) {
		if ("trend".equals(chart)) {
			return Optional.of(this.trend.figures());
		}
		if ("ranking".equals(chart)) {
			return Optional.of(this.ranking.figures());
		}
		return this.breakdowns.stream().filter(breakdown -> breakdown.id().equals(chart)).findFirst().map(BreakdownChart::figures);
	}

	/** What a chart is called in a download's title and file name. */
	public Optional<String> chartTitle(String chart) {
		if ("trend".equals(chart)) {
			return Optional.of(this.kpi.name() + ", " + this.area.name() + " and its comparators");
		}
		if ("ranking".equals(chart)) {
			return Optional.of(this.kpi.name() + ", " + this.ranking.ranking().rankedAmong() + " ranked, "
					+ this.ranking.ranking().periodLabel());
		}
		return this.breakdowns.stream().filter(breakdown -> breakdown.id().equals(chart)).findFirst().map(BreakdownChart::title);
	}

	/** The link of a chart's download: trend, ranking or breakdown-N, as csv or xlsx; the page's choices kept. */
	public String download(String chart, String format) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/kpis/{code}/download/{chart}.{format}")
			.queryParam("area", this.area.code());
		this.options.parameters().forEach((name, value) -> {
			if (value instanceof List<?> values) {
				link.queryParam(name, values.toArray());
			}
			else {
				link.queryParam(name, value);
			}
		});
		return link.buildAndExpand(this.kpi.code(), chart, format).encode().toUriString();
	}

	/** The file name of a chart's downloads, without extension: the KPI, the area, the chart. */
	public String fileName(String chart) {
		return (this.kpi.code() + "_" + this.area.code() + "_" + chart).replaceAll("[^A-Za-z0-9_.-]", "-");
	}

	/** The publishers' symbols the page shows, with what each means: the legend of its tables. */
	public Map<String, String> symbolsShown() {
		Map<String, String> symbols = new TreeMap<>();
		this.trend.series().series().forEach(line -> line.points().forEach(point -> addSymbol(symbols, point)));
		this.breakdowns.forEach(chart -> chart.breakdown().categories().forEach(category -> addSymbol(symbols, category.point())));
		return symbols;
	}

	private static void addSymbol(Map<String, String> symbols, KpiPoint point) {
		if (!point.hasValue() && point.status() != null) {
			symbols.put(point.status(), SymbolMeanings.meaning(point.status()));
		}
	}

}
