package org.sendap.etl.job;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.sendap.etl.pipeline.ImportHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows, while an import runs, that its process is alive, so that another process sharing the
 * warehouse does not take it for interrupted and remove its data. The beats come from a thread of
 * their own, each committed on its own: the import's steps commit only at the end of a chunk, and the
 * inspection of a big file runs for minutes without any.
 */
final class ImportHeartbeat implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(ImportHeartbeat.class);

	private final ImportHistory history;

	private final Duration interval;

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(beats -> {
		Thread thread = new Thread(beats, "import-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	ImportHeartbeat(ImportHistory history, Duration interval) {
		this.history = history;
		this.interval = interval;
	}

	/** Beats for the import until the returned handle is closed. */
	Beating keepAlive(long importId) {
		AtomicReference<ScheduledFuture<?>> beats = new AtomicReference<>();
		beats.set(this.timer.scheduleWithFixedDelay(() -> beat(importId, beats.get()), this.interval.toMillis(),
				this.interval.toMillis(), TimeUnit.MILLISECONDS));
		return new Beating(beats.get());
	}

	private void beat(long importId, ScheduledFuture<?> beats) {
		try {
			if (!this.history.beat(importId)) {
				log.warn("Import {} is no longer RUNNING: another process took it for interrupted", importId);
				if (beats != null) {
					beats.cancel(false);
				}
			}
		}
		catch (RuntimeException ex) {
			// The next beat may get through (a lock held a moment too long); if none does for
			// sendap.import.stale-after, the import can be taken for interrupted, and its completion is refused.
			log.warn("The heartbeat of import {} could not be recorded: {}", importId, ex.getMessage());
		}
	}

	@Override
	public void close() {
		this.timer.shutdownNow();
	}

	/** The beats of one import. */
	record Beating(ScheduledFuture<?> beats) implements AutoCloseable {

		@Override
		public void close() {
			this.beats.cancel(false);
		}

	}

}
