package org.sendap.dashboard.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.ImportLineage;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiPeriod;
import org.sendap.dashboard.kpi.KpiPoint;
import org.sendap.dashboard.kpi.KpiSeries;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.sendap.dashboard.kpi.LineageRepository;
import org.sendap.dashboard.system.VersionedCache;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.stereotype.Service;

/**
 * Forecasts a count or rate KPI for an area: the baselines (last value, last trend), the damped trend
 * and, for counts of an LA with an ONS population projection, the population-driven model, each
 * backtested on the held-back periods; the one with the lowest MASE is the forecast. A scenario
 * adjusts the chosen forecast by its stated assumptions.
 */
@Service
public class ForecastService {

	/** The units of the KPIs forecast: counts and rates per head, not percentages. */
	static final Set<String> UNITS = Set.of("count", "per 10,000");

	public static final String SPECIAL_CASELOAD = "ehcp-special-caseload";

	public static final String MAINSTREAM_CASELOAD = "ehcp-mainstream-caseload";

	static final int MOST_YEARS = 5;

	static final int MOST_MONTHS = 24;

	private final KpiSeriesService series;

	private final PopulationRepository population;

	private final LineageRepository lineage;

	private final Clock clock;

	private final VersionedCache<List<Object>, KpiForecast> cache;

	ForecastService(KpiSeriesService series, PopulationRepository population, LineageRepository lineage, Clock clock,
			WarehouseVersion version) {
		this.series = series;
		this.population = population;
		this.lineage = lineage;
		this.clock = clock;
		this.cache = new VersionedCache<>(version, 1_000);
	}

	public static boolean forecastable(Kpi kpi) {
		return UNITS.contains(kpi.unit());
	}

	/** Scenarios with a placement shift apply to these KPIs only. */
	public static boolean shiftApplies(Kpi kpi) {
		return SPECIAL_CASELOAD.equals(kpi.code()) || MAINSTREAM_CASELOAD.equals(kpi.code());
	}

	/**
	 * @param horizon periods ahead (years, or months for a monthly KPI); null for 5 years or 12 months
	 * @param scenario null for the baseline
	 * @throws IllegalArgumentException for a horizon out of range (1 to 5 years, 1 to 24 months)
	 */
	public KpiForecast forecast(Kpi kpi, Area area, Integer horizon, Scenario scenario) {
		// A saved scenario by its assumptions and name, not its id and time: the same forecast either way
		Scenario key = scenario == null ? null : new Scenario(null, scenario.name(), scenario.growthPercent(),
				scenario.shiftPercent(), null);
		return this.cache.get(java.util.Arrays.asList(kpi, area.id(), horizon, key, LocalDate.now(this.clock)),
				cached -> compute(kpi, area, horizon, scenario));
	}

	private KpiForecast compute(Kpi kpi, Area area, Integer horizon, Scenario scenario) {
		KpiSeries kpiSeries = this.series.series(kpi, area);
		KpiSeries.Series selected = kpiSeries.series().get(0);
		KpiSeries.KpiSummary summary = kpiSeries.kpi();
		LocalDate made = LocalDate.now(this.clock);
		if (!forecastable(kpi)) {
			return unavailable(kpiSeries, made, kpi.name() + " is a percentage: counts and rates per head are forecast");
		}
		Map<String, KpiPeriod> periods = new HashMap<>();
		this.series.periods(kpi).forEach(period -> periods.put(period.code(), period));
		List<KpiPoint> comparable = fromForecastStart(kpi, selected.points(), periods);
		boolean earlierLeftOut = comparable.size() < selected.points().size();
		List<KpiPoint> history = unbrokenRun(comparable);
		if (history.size() < 2) {
			return unavailable(kpiSeries, made, "Too few figures to forecast: at least two periods in a row are needed");
		}
		KpiPeriod last = periods.get(history.get(history.size() - 1).period());
		boolean monthly = PeriodsAhead.monthly(last);
		int periodsAhead = horizon == null ? (monthly ? 12 : MOST_YEARS) : horizon;
		int most = monthly ? MOST_MONTHS : MOST_YEARS;
		if (periodsAhead < 1 || periodsAhead > most) {
			throw new IllegalArgumentException("horizon must be 1 to " + most + (monthly ? " months" : " years")
					+ " for " + kpi.code() + "; it was " + periodsAhead);
		}
		Optional<List<PeriodsAhead.Ahead>> ahead = PeriodsAhead.after(last, periodsAhead);
		if (ahead.isEmpty()) {
			return unavailable(kpiSeries, made, "Periods of this kind (" + last.granularity() + ") are not forecast");
		}
		double[] y = history.stream().mapToDouble(point -> point.value().doubleValue()).toArray();
		List<ForecastModel> candidates = new ArrayList<>(List.of(new LastValue(), new LastTrend(), new DampedTrend()));
		Optional<PopulationDriven> populationModel = populationModel(kpi, area, selected, history, periods, ahead.get());
		populationModel.ifPresent(candidates::add);
		ModelChoice.Choice choice = ModelChoice.choose(candidates, y,
				monthly ? ModelChoice.HELD_BACK_MONTHS : ModelChoice.HELD_BACK_YEARS);
		boolean count = "count".equals(kpi.unit());
		List<KpiForecast.MethodResult> methods = new ArrayList<>();
		List<KpiForecast.Point> chosenPoints = List.of();
		Prediction chosenPrediction = null;
		for (ModelChoice.Tested tested : choice.tested()) {
			Optional<Prediction> prediction = tested.model().predict(y, periodsAhead);
			if (prediction.isEmpty()) {
				continue;
			}
			List<KpiForecast.Point> points = points(prediction.get(), ahead.get(), kpi.decimals(), count);
			boolean chosen = tested.model() == choice.chosen();
			if (chosen) {
				chosenPoints = points;
				chosenPrediction = prediction.get();
			}
			methods.add(new KpiForecast.MethodResult(tested.model().name(), tested.model().description(),
					prediction.get().parameters(), tested.accuracy().orElse(null), chosen, points));
		}
		List<KpiForecast.Point> baseline = null;
		if (scenario != null && !scenario.changesNothing()) {
			baseline = chosenPoints;
			chosenPoints = ScenarioEffect.apply(chosenPrediction, scenario,
					shiftAmounts(kpi, area, scenario, chosenPrediction.mean(), y[y.length - 1]), ahead.get(), kpi.decimals(),
					count);
		}
		Accuracy accuracy = choice.tested()
			.stream()
			.filter(tested -> tested.model() == choice.chosen())
			.findFirst()
			.flatMap(ModelChoice.Tested::accuracy)
			.orElse(null);
		List<KpiForecast.Observed> observed = history.stream()
			.map(point -> new KpiForecast.Observed(point.period(), point.label(), point.value(), point.importId()))
			.toList();
		List<ImportLineage> sources = this.lineage.of(history.stream().flatMap(point -> point.importIds().stream()).toList())
			.values()
			.stream()
			.sorted(Comparator.comparing(ImportLineage::importId))
			.toList();
		return new KpiForecast(summary, selected.area(), kpiSeries.footprint(), choice.chosen().name(),
				choice.chosen().description(), chosenPrediction.parameters(), accuracy, chosenPoints, baseline,
				scenario == null || scenario.changesNothing() ? null : scenario, methods, observed,
				ForecastAssumptions.of(kpi, choice, history, earlierLeftOut, populationModel.isPresent(), scenario,
						monthly),
				sources, made,
				last.granularity(), null);
	}

	private static KpiForecast unavailable(KpiSeries kpiSeries, LocalDate made, String why) {
		return new KpiForecast(kpiSeries.kpi(), kpiSeries.series().get(0).area(), kpiSeries.footprint(), null, null, null,
				null, List.of(), null, null, List.of(), List.of(), List.of(), List.of(), made, null, why);
	}

	/** The periods a forecast may be fitted to: those from the KPI's {@code forecastFrom} on, if it has one. */
	static List<KpiPoint> fromForecastStart(Kpi kpi, List<KpiPoint> points, Map<String, KpiPeriod> periods) {
		if (kpi.forecastFrom() == null) {
			return points;
		}
		return points.stream().filter(point -> !periods.get(point.period()).start().isBefore(kpi.forecastFrom())).toList();
	}

	/** The latest run of periods with a value: a suppressed or missing period breaks a series. */
	static List<KpiPoint> unbrokenRun(List<KpiPoint> points) {
		int end = points.size();
		while (end > 0 && !points.get(end - 1).hasValue()) {
			end--;
		}
		int start = end;
		while (start > 0 && points.get(start - 1).hasValue()) {
			start--;
		}
		return points.subList(start, end);
	}

	/**
	 * The population-driven model, for a count of an LA with a population estimate for each period of
	 * its history and a projection for each period ahead (children aged 0 to 17 in the year the
	 * period starts).
	 */
	private Optional<PopulationDriven> populationModel(Kpi kpi, Area area, KpiSeries.Series selected,
			List<KpiPoint> history, Map<String, KpiPeriod> periods, List<PeriodsAhead.Ahead> ahead) {
		if (!"count".equals(kpi.unit()) || !"la".equals(selected.area().level()) || !"la".equals(area.level())
				|| PeriodsAhead.monthly(periods.get(history.get(0).period()))) {
			return Optional.empty();
		}
		Map<Integer, BigDecimal> estimates = this.population.estimates(area.id());
		Map<Integer, BigDecimal> projection = this.population.projection(area.id());
		if (projection.isEmpty()) {
			return Optional.empty();
		}
		double[] people = new double[history.size() + ahead.size()];
		int first = 0;
		for (int i = 0; i < history.size(); i++) {
			int year = periods.get(history.get(i).period()).start().getYear();
			BigDecimal count = estimates.getOrDefault(year, projection.get(year));
			if (count == null) {
				// The rate's history starts after the last period without an estimate
				people[i] = Double.NaN;
				first = i + 1;
			}
			else {
				people[i] = count.doubleValue();
			}
		}
		for (int h = 0; h < ahead.size(); h++) {
			BigDecimal count = projection.get(ahead.get(h).start().getYear());
			if (count == null) {
				return Optional.empty();
			}
			people[history.size() + h] = count.doubleValue();
		}
		return Optional.of(new PopulationDriven(people, first));
	}

	/**
	 * For a placement shift: the children moved from special to mainstream schools by each period
	 * ahead, from the special-school caseload's own baseline forecast.
	 */
	private double[] shiftAmounts(Kpi kpi, Area area, Scenario scenario, double[] baseline, double lastObserved) {
		int horizon = baseline.length;
		double[] moved = new double[horizon];
		if (scenario.shiftPercent() == null || scenario.shiftPercent().signum() == 0 || !shiftApplies(kpi)) {
			return moved;
		}
		double[] special;
		double lastSpecial;
		if (SPECIAL_CASELOAD.equals(kpi.code())) {
			special = baseline;
			lastSpecial = lastObserved;
		}
		else {
			Optional<Kpi> specialKpi = this.series.kpi(SPECIAL_CASELOAD);
			if (specialKpi.isEmpty()) {
				return moved;
			}
			// Not through the cache: this forecast is being computed inside it
			KpiForecast specialForecast = compute(specialKpi.get(), area, horizon, null);
			if (!specialForecast.available() || specialForecast.history().isEmpty()) {
				return moved;
			}
			special = specialForecast.points().stream().mapToDouble(point -> point.value().doubleValue()).toArray();
			lastSpecial = specialForecast.history().get(specialForecast.history().size() - 1).value().doubleValue();
		}
		double share = scenario.shiftPercent().doubleValue() / 100;
		double total = 0;
		double previous = lastSpecial;
		for (int h = 0; h < horizon; h++) {
			total += share * Math.max(0, special[h] - previous);
			previous = special[h];
			moved[h] = SPECIAL_CASELOAD.equals(kpi.code()) ? -total : total;
		}
		return moved;
	}

	static List<KpiForecast.Point> points(Prediction prediction, List<PeriodsAhead.Ahead> ahead, int decimals,
			boolean count) {
		List<KpiForecast.Point> points = new ArrayList<>();
		for (int h = 0; h < prediction.horizon(); h++) {
			PeriodsAhead.Ahead period = ahead.get(h);
			points.add(new KpiForecast.Point(period.code(), period.label(), rounded(prediction.mean()[h], decimals, count),
					rounded(prediction.lower80()[h], decimals, count), rounded(prediction.upper80()[h], decimals, count),
					rounded(prediction.lower95()[h], decimals, count), rounded(prediction.upper95()[h], decimals, count)));
		}
		return points;
	}

	/** Rounded as the KPI is; a count (or a rate) is never below zero. */
	static BigDecimal rounded(double value, int decimals, boolean count) {
		return BigDecimal.valueOf(Math.max(0, value)).setScale(decimals, RoundingMode.HALF_UP);
	}

}
