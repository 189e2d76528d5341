package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.KPI_INPUT;
import static org.sendap.warehouse.Tables.KPI_PRIORITY;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

/**
 * The KPI catalogue as loaded into the warehouse.
 */
@Repository
class KpiRepository {

	/** How long a catalogue read stays current: a change by the data team shows within this time. */
	static final Duration FRESH_FOR = Duration.ofSeconds(5);

	private final DSLContext dsl;

	private final Clock clock;

	private volatile Snapshot snapshot;

	KpiRepository(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	/**
	 * The whole catalogue, read in two statements (KPIs, then every input) and kept for a few seconds:
	 * each page reads it, and the data team changes it rarely.
	 */
	List<Kpi> all() {
		Snapshot snapshot = this.snapshot;
		if (snapshot == null || snapshot.isOlderThan(this.clock.millis() - FRESH_FOR.toMillis())) {
			snapshot = new Snapshot(this.clock.millis(), read(), readPriorities());
			this.snapshot = snapshot;
		}
		return snapshot.kpis();
	}

	Optional<Kpi> find(String code) {
		return all().stream().filter(kpi -> kpi.code().equals(code)).findFirst();
	}

	Map<Integer, String> priorities() {
		all();
		return this.snapshot.priorities();
	}

	private List<Kpi> read() {
		Map<String, List<Kpi.KpiInput>> inputs = new HashMap<>();
		this.dsl.selectFrom(KPI_INPUT)
			.orderBy(KPI_INPUT.KPI_CODE, KPI_INPUT.SOURCE_POSITION, KPI_INPUT.ROLE, KPI_INPUT.COLUMN_NAME)
			.fetch()
			.forEach(input -> inputs.computeIfAbsent(input.getKpiCode(), code -> new ArrayList<>())
				.add(new Kpi.KpiInput(input.getSourcePosition(), input.getRole(), input.getColumnName(),
						input.getBreakdownKeyHash(), input.getDatasetName(), input.getPeriodLagYears(),
						input.getJanuaryCensus(), input.getLayoutNote())));
		return this.dsl.select(KPI.fields())
			.select(KPI_PRIORITY.NAME)
			.from(KPI)
			.leftJoin(KPI_PRIORITY).on(KPI_PRIORITY.PRIORITY.eq(KPI.PRIORITY))
			.orderBy(KPI.PRIORITY, KPI.KPI_CODE)
			.fetch()
			.map(record -> kpi(record, inputs.getOrDefault(record.get(KPI.KPI_CODE), List.of())));
	}

	private Map<Integer, String> readPriorities() {
		return this.dsl.selectFrom(KPI_PRIORITY).orderBy(KPI_PRIORITY.PRIORITY).fetchMap(KPI_PRIORITY.PRIORITY, KPI_PRIORITY.NAME);
	}

	private record Snapshot(long readAt, List<Kpi> kpis, Map<Integer, String> priorities) {

		boolean isOlderThan(long millis) {
			return this.readAt < millis;
		}

	}

	private static Kpi kpi(Record record, List<Kpi.KpiInput> inputs) {
		String code = record.get(KPI.KPI_CODE);
		return new Kpi(code, record.get(KPI.NAME), record.get(KPI.UNIT), record.get(KPI.POLARITY),
				record.get(KPI.PRIORITY), record.get(KPI_PRIORITY.NAME), record.get(KPI.COMPUTATION),
				record.get(KPI.MULTIPLIER), record.get(KPI.DECIMALS), record.get(KPI.GEOGRAPHY), record.get(KPI.DEFINITION),
				record.get(KPI.SOURCE), record.get(KPI.PUBLISHER), record.get(KPI.DATA_NEEDED), record.get(KPI.FORECAST_FROM),
				record.get(KPI.FORECAST_FROM_REASON), inputs);
	}

}
