package org.sendap.etl.job;

import java.util.Objects;

import org.sendap.etl.pipeline.Observation;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The load step's reader: the reader of whichever layout the inspection recognised. It counts the
 * source rows its observations come from (a row can give several observations) to report progress
 * against the rows the inspection counted.
 */
class LayoutObservationReader implements ItemStreamReader<Observation> {

	/** Progress is reported every so many rows: often enough for a smooth bar, rarely enough to cost nothing. */
	private static final int REPORT_EVERY = 256;

	private final ItemStreamReader<Observation> delegate;

	private final ImportProgress progress;

	private final String file;

	private final long rows;

	private long rowsDone;

	private String lastSheet;

	private long lastLine = -1;

	LayoutObservationReader(ItemStreamReader<Observation> delegate, ImportProgress progress, String file, long rows) {
		this.delegate = delegate;
		this.progress = progress;
		this.file = file;
		this.rows = rows;
	}

	@Override
	public Observation read() throws Exception {
		Observation observation = this.delegate.read();
		if (observation == null) {
			this.progress.loaded(this.file, this.rows, this.rows);
		}
		else if (observation.line() != this.lastLine || !Objects.equals(observation.sheet(), this.lastSheet)) {
			this.lastLine = observation.line();
			this.lastSheet = observation.sheet();
			if (++this.rowsDone % REPORT_EVERY == 0) {
				this.progress.loaded(this.file, Math.min(this.rowsDone, this.rows), this.rows);
			}
		}
		return observation;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.progress.loading(this.file, this.rows);
		this.delegate.open(executionContext);
	}

	@Override
	public void update(ExecutionContext executionContext) {
		this.delegate.update(executionContext);
	}

	@Override
	public void close() {
		this.delegate.close();
	}

}
