package org.sendap.dashboard.overview;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How current one source's figures are: its latest period and release, when it was imported, and
 * when the next release was probably due. The estimate: one period after the latest, plus the usual
 * time to publication (three months for monthly data, six for yearly).
 *
 * @param kpis the names of the KPIs computed from the source
 */
public record SourceCurrency(String source, String publisher, String latestPeriod, LocalDate latestEnd,
		String release, LocalDate importedOn, LocalDate expectedBy, boolean outOfDate, List<String> kpis) {

	static final Period MONTHLY_LAG = Period.ofMonths(3);

	static final Period YEARLY_LAG = Period.ofMonths(6);

	/** One source per catalogue source, from the tiles of its KPIs with figures; out-of-date ones first. */
	static List<SourceCurrency> of(List<KpiTile> tiles, LocalDate today) {
		Map<String, List<KpiTile>> bySource = new LinkedHashMap<>();
		tiles.stream()
			.filter(tile -> tile.benchmark().periodEnd() != null)
			.forEach(tile -> bySource.computeIfAbsent(tile.kpi().source(), key -> new ArrayList<>()).add(tile));
		List<SourceCurrency> sources = new ArrayList<>();
		bySource.forEach((source, ofSource) -> {
			KpiTile latest = ofSource.stream()
				.max(Comparator.comparing((KpiTile tile) -> tile.benchmark().periodEnd())
					.thenComparing(tile -> tile.updated() == null ? LocalDate.MIN : tile.updated()))
				.orElseThrow();
			LocalDate start = latest.benchmark().periodStart();
			LocalDate end = latest.benchmark().periodEnd();
			boolean monthly = "month".equals(latest.benchmark().granularity());
			LocalDate expectedBy = end.plus(Period.between(start, end.plusDays(1))).plus(monthly ? MONTHLY_LAG : YEARLY_LAG);
			sources.add(new SourceCurrency(source, latest.kpi().publisher(), latest.benchmark().periodLabel(), end,
					latest.benchmark().lineage() == null ? null : latest.benchmark().lineage().release(), latest.updated(),
					expectedBy, today.isAfter(expectedBy), ofSource.stream().map(tile -> tile.kpi().name()).toList()));
		});
		sources.sort(Comparator.comparing((SourceCurrency currency) -> !currency.outOfDate()).thenComparing(SourceCurrency::expectedBy));
		return sources;
	}

}
