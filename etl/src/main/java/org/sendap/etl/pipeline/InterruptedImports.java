package org.sendap.etl.pipeline;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.sendap.warehouse.tables.records.ImportRunRecord;
import org.springframework.stereotype.Component;

/**
 * Finds the imports that a stopped process left RUNNING (killed, or its machine restarted) and
 * removes their partial data, so that their files can be imported again. Other processes may be
 * importing into the same warehouse at the same moment (the dashboard's uploads and inbox, a
 * command-line import or watch), so an import counts as interrupted only when its owner is provably
 * gone: its process id is dead on this host, or its heartbeat has been silent for longer than
 * {@code sendap.import.stale-after}.
 */
@Component
public class InterruptedImports {

	public static final String MESSAGE = "interrupted before it finished; its partial data was removed";

	private final ImportHistory history;

	private final Duration staleAfter;

	public InterruptedImports(ImportHistory history, ImportProperties properties) {
		this.history = history;
		this.staleAfter = properties.staleAfter();
	}

	/** Recovers every interrupted import and returns their ids; live imports of any process are left alone. */
	public List<Long> recover() {
		OffsetDateTime now = this.history.databaseTime();
		Predicate<ImportRunRecord> interrupted = run -> isInterrupted(run, now, this.staleAfter);
		List<Long> recovered = new ArrayList<>();
		for (ImportRunRecord run : this.history.running()) {
			if (interrupted.test(run) && this.history.failIfInterrupted(run.getImportId(), interrupted, MESSAGE)) {
				recovered.add(run.getImportId());
			}
		}
		return recovered;
	}

	static boolean isInterrupted(ImportRunRecord run, OffsetDateTime databaseNow, Duration staleAfter) {
		if (run.getOwnerPid() != null && new ImportOwner(run.getOwnerHost(), run.getOwnerPid()).isGone()) {
			return true;
		}
		// An import recorded before imports had owners has only its start as a sign of life.
		OffsetDateTime lastSignOfLife = run.getHeartbeatAt() != null ? run.getHeartbeatAt() : run.getStartedAt();
		return lastSignOfLife.isBefore(databaseNow.minus(staleAfter));
	}

}
