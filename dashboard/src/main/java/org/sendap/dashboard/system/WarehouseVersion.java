package org.sendap.dashboard.system;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.sum;
import static org.sendap.warehouse.Tables.FORECAST_SCENARIO;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.KPI_INPUT_BREAKDOWN;
import static org.sendap.warehouse.Tables.KPI_INPUT_INDICATOR;
import static org.sendap.warehouse.Tables.KPI_TARGET;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jooq.Record2;
import org.sendap.etl.job.WarehouseChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Which state of the warehouse the dashboard's computed figures belong to: it changes whenever an
 * import completes or is undone, a target is recorded, a forecast scenario saved or the catalogue makes
 * a KPI read other columns or rows, in this process or another (the command line, watch). Read from the database at most every {@link #CHECK_EVERY}, so that a page pays for
 * one query now and then, not several per figure.
 */
@Component
public class WarehouseVersion {

	/** How soon a change made by another process is seen. */
	public static final Duration CHECK_EVERY = Duration.ofSeconds(2);

	private record Checked(long at, long version) {
	}

	private final DSLContext dsl;

	private final Clock clock;

	private volatile Checked last;

	WarehouseVersion(DSLContext dsl, Clock clock) {
		this.dsl = dsl;
		this.clock = clock;
	}

	public long current() {
		long now = this.clock.millis();
		Checked checked = this.last;
		if (checked == null || now - checked.at() >= CHECK_EVERY.toMillis()) {
			checked = new Checked(now, read());
			this.last = checked;
		}
		return checked.version();
	}

	/** An import in this process ended: the next call reads the database, so that pages show it at once. */
	@EventListener
	public void changed(WarehouseChanged change) {
		forget();
	}

	/** Something this process wrote (a scenario saved): the next call reads the database. */
	public void forget() {
		this.last = null;
	}

	private long read() {
		Record2<Long, Integer> imports = this.dsl.select(max(IMPORT_RUN.IMPORT_ID), count())
			.from(IMPORT_RUN)
			.where(IMPORT_RUN.STATUS.eq("COMPLETED"))
			.fetchSingle();
		Record2<Long, Integer> targets = this.dsl.select(max(KPI_TARGET.TARGET_ID), count()).from(KPI_TARGET).fetchSingle();
		Record2<Long, Integer> scenarios = this.dsl.select(max(FORECAST_SCENARIO.SCENARIO_ID), count())
			.from(FORECAST_SCENARIO)
			.fetchSingle();
		// What the KPIs read, as the pipeline resolved the catalogue: a catalogue change that makes a KPI
		// find other columns or rows (a new spelling of a category) changes the figures
		Record2<BigDecimal, Integer> breakdownsRead = this.dsl.select(sum(KPI_INPUT_BREAKDOWN.BREAKDOWN_ID), count())
			.from(KPI_INPUT_BREAKDOWN)
			.fetchSingle();
		Record2<BigDecimal, Integer> columnsRead = this.dsl.select(sum(KPI_INPUT_INDICATOR.INDICATOR_ID), count())
			.from(KPI_INPUT_INDICATOR)
			.fetchSingle();
		return Objects.hash(imports.value1(), imports.value2(), targets.value1(), targets.value2(), scenarios.value1(),
				scenarios.value2(), breakdownsRead.value1(), breakdownsRead.value2(), columnsRead.value1(),
				columnsRead.value2());
	}

}
