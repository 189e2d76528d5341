package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.sendap.dashboard.kpi.KpiFactRepository.InputFact;

/**
 * A KPI's figures for every area and period the warehouse has, built once from the facts of its
 * inputs. For each area and period the newest release wins, then the catalogue's order of layouts;
 * within a release, the latest import. Columns of one role are added up; a symbol in any of them
 * makes the role's figure that symbol. Where the layout publishes the rate itself, it is kept beside
 * the numerator and denominator.
 */
final class KpiTable {

	/** The role of the column in which a ratio's source publishes the rate itself. */
	static final String RATE = "rate";

	private final Kpi kpi;

	private final List<KpiPeriod> periods;

	private final Map<Long, Map<KpiPeriod.Key, PeriodFigures>> byArea;

	private KpiTable(Kpi kpi, List<KpiPeriod> periods, Map<Long, Map<KpiPeriod.Key, PeriodFigures>> byArea) {
		this.kpi = kpi;
		this.periods = periods;
		this.byArea = byArea;
	}

	/** Every period with figures for some area, oldest first. */
	List<KpiPeriod> periods() {
		return this.periods;
	}

	boolean isEmpty() {
		return this.periods.isEmpty();
	}

	Optional<PeriodFigures> figures(long areaId, KpiPeriod period) {
		return Optional.ofNullable(this.byArea.getOrDefault(areaId, Map.of()).get(period.key()));
	}

	/** The area's figures, oldest period first. */
	List<PeriodFigures> series(long areaId) {
		Map<KpiPeriod.Key, PeriodFigures> figures = this.byArea.getOrDefault(areaId, Map.of());
		return this.periods.stream().map(period -> figures.get(period.key())).filter(f -> f != null).toList();
	}

	/** The areas with figures in the period (a number or a symbol). */
	Map<Long, PeriodFigures> inPeriod(KpiPeriod period) {
		Map<Long, PeriodFigures> figures = new HashMap<>();
		this.byArea.forEach((area, byPeriod) -> {
			PeriodFigures figure = byPeriod.get(period.key());
			if (figure != null) {
				figures.put(area, figure);
			}
		});
		return figures;
	}

	/**
	 * The group's figures per period: summed numerators and denominators of the members that have
	 * figures. Members with a symbol instead of a number are counted, not summed.
	 */
	List<PeriodFigures> summed(Collection<Long> members) {
		List<PeriodFigures> sums = new ArrayList<>();
		for (KpiPeriod period : this.periods) {
			BigDecimal numerator = BigDecimal.ZERO;
			BigDecimal denominator = this.kpi.ratio() ? BigDecimal.ZERO : null;
			String numeratorStatus = null;
			String denominatorStatus = null;
			int areas = 0;
			int suppressed = 0;
			for (Long member : members) {
				PeriodFigures figure = this.byArea.getOrDefault(member, Map.of()).get(period.key());
				if (figure == null) {
					continue;
				}
				areas++;
				if (figure.numerator() == null || this.kpi.ratio() && figure.denominator() == null) {
					suppressed++;
					numeratorStatus = numeratorStatus != null ? numeratorStatus : figure.numeratorStatus();
					denominatorStatus = denominatorStatus != null ? denominatorStatus : figure.denominatorStatus();
					continue;
				}
				numerator = numerator.add(figure.numerator());
				if (denominator != null) {
					denominator = denominator.add(figure.denominator());
				}
			}
			if (areas > 0) {
				sums.add(new PeriodFigures(null, period.code(), period.label(), period.start(), numerator,
						numeratorStatus, denominator, denominatorStatus, areas, suppressed));
			}
		}
		return sums;
	}

	static KpiTable of(Kpi kpi, List<InputFact> facts) {
		Map<String, Kpi.KpiInput> inputs = new HashMap<>();
		kpi.inputs().forEach(input -> inputs.put(inputKey(input.sourcePosition(), input.role(), input.column()), input));
		Map<Cell, Chosen> chosen = new HashMap<>();
		Map<KpiPeriod.Key, KpiPeriod> periods = new TreeMap<>(
				Comparator.comparing(KpiPeriod.Key::start).thenComparing(KpiPeriod.Key::granularity));
		for (InputFact fact : facts) {
			Kpi.KpiInput input = inputs.get(inputKey(fact.sourcePosition(), fact.role(), fact.column()));
			KpiPeriod period = new KpiPeriod(fact.granularity(), fact.start(), fact.end(), fact.sourcePeriod(),
					fact.label());
			if (input.januaryCensus() && "calendar_year".equals(period.granularity())) {
				period = period.asAcademicYearOfJanuary();
			}
			if (input.lagYears() != 0) {
				period = period.plusYears(input.lagYears());
			}
			if (!"denominator".equals(fact.role())) {
				periods.putIfAbsent(period.key(), period);
			}
			Cell cell = new Cell(fact.sourcePosition(), fact.role(), fact.column(), fact.areaId(), period.key());
			chosen.merge(cell, new Chosen(fact), Chosen::better);
		}
		Map<Layout, Map<String, List<String>>> columns = new LinkedHashMap<>();
		for (Kpi.KpiInput input : kpi.inputs()) {
			columns.computeIfAbsent(new Layout(input.sourcePosition()), key -> new LinkedHashMap<>())
				.computeIfAbsent(input.role(), key -> new ArrayList<>())
				.add(input.column());
		}
		Map<Long, Map<KpiPeriod.Key, Candidate>> best = new HashMap<>();
		String leadingRole = kpi.ratio() ? "numerator" : "value";
		chosen.forEach((cell, fact) -> {
			if (!cell.role().equals(leadingRole)) {
				return;
			}
			Map<String, List<String>> roles = columns.get(new Layout(cell.position()));
			if (!roles.get(leadingRole).get(0).equals(cell.column())) {
				return;
			}
			Term lead = Term.of(chosen, cell, leadingRole, roles.get(leadingRole));
			Term denominator = kpi.ratio() ? Term.of(chosen, cell, "denominator", roles.get("denominator"))
					: Term.MISSING;
			Term rate = kpi.ratio() && roles.containsKey(RATE) ? Term.of(chosen, cell, RATE, roles.get(RATE)) : Term.MISSING;
			KpiPeriod period = periods.get(cell.period());
			PeriodFigures figures = new PeriodFigures(cell.area(), period.code(), period.label(), period.start(),
					lead.value(), lead.status(), denominator.value(), denominator.status(), 1, 0, lead.importId(),
					PeriodFigures.otherImport(lead.importId(), denominator.importId()), rate.value(), rate.status());
			Candidate candidate = new Candidate(lead.releaseOrder(), cell.position(), figures);
			best.computeIfAbsent(cell.area(), area -> new HashMap<>()).merge(cell.period(), candidate, Candidate::better);
		});
		Map<Long, Map<KpiPeriod.Key, PeriodFigures>> byArea = new HashMap<>();
		best.forEach((area, byPeriod) -> {
			Map<KpiPeriod.Key, PeriodFigures> figures = new HashMap<>();
			byPeriod.forEach((period, candidate) -> figures.put(period, candidate.figures()));
			byArea.put(area, figures);
		});
		List<KpiPeriod> withFigures = periods.values()
			.stream()
			.filter(period -> byArea.values().stream().anyMatch(figures -> figures.containsKey(period.key())))
			.toList();
		return new KpiTable(kpi, withFigures, byArea);
	}

	private static String inputKey(int position, String role, String column) {
		return position + "\u001F" + role + "\u001F" + column;
	}

	private record Layout(int position) {
	}

	private record Cell(int position, String role, String column, long area, KpiPeriod.Key period) {

		Cell withColumn(String role, String column) {
			return new Cell(this.position, role, column, this.area, this.period);
		}

	}

	/** The fact chosen for a cell: the newest release, then the latest import, then a stable order. */
	private record Chosen(InputFact fact) {

		Chosen better(Chosen other) {
			Comparator<InputFact> order = Comparator.comparingInt(InputFact::releaseOrder)
				.thenComparingLong(InputFact::importId)
				.thenComparing(InputFact::breakdownLabel, Comparator.reverseOrder());
			return order.compare(this.fact, other.fact) >= 0 ? this : other;
		}

	}

	/**
	 * The figure of one role: its columns added up, or the first symbol among them, or nothing; with
	 * the newest release and the latest import among its columns.
	 */
	private record Term(BigDecimal value, String status, int releaseOrder, long importId) {

		static final Term MISSING = new Term(null, null, 0, 0);

		static Term of(Map<Cell, Chosen> chosen, Cell lead, String role, List<String> columns) {
			BigDecimal sum = BigDecimal.ZERO;
			int releaseOrder = 0;
			long importId = 0;
			for (String column : columns) {
				Chosen cell = chosen.get(lead.withColumn(role, column));
				if (cell == null) {
					return MISSING;
				}
				releaseOrder = Math.max(releaseOrder, cell.fact().releaseOrder());
				importId = Math.max(importId, cell.fact().importId());
				if (cell.fact().value() == null) {
					return new Term(null, cell.fact().status(), releaseOrder, importId);
				}
				sum = sum.add(cell.fact().value());
			}
			return new Term(sum, null, releaseOrder, importId);
		}

	}

	/** One layout's figures for an area and period; the newest release wins, then the first layout. */
	private record Candidate(int releaseOrder, int position, PeriodFigures figures) {

		Candidate better(Candidate other) {
			if (this.releaseOrder != other.releaseOrder) {
				return this.releaseOrder > other.releaseOrder ? this : other;
			}
			return this.position <= other.position ? this : other;
		}

	}

}
