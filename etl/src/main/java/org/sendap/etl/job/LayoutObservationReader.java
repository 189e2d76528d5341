package org.sendap.etl.job;

import org.sendap.etl.pipeline.Observation;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * The load step's reader: the reader of whichever layout the inspection recognised.
 */
class LayoutObservationReader implements ItemStreamReader<Observation> {

	private final ItemStreamReader<Observation> delegate;

	LayoutObservationReader(ItemStreamReader<Observation> delegate) {
		this.delegate = delegate;
	}

	@Override
	public Observation read() throws Exception {
		return this.delegate.read();
	}

	@Override
	public void open(ExecutionContext executionContext) {
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
