package org.sendap.etl.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams a file's rows through a layout's mapper, which may make none, one or several observations of
 * a row (a title line; one per year column of a wide file). Subclasses open, read and close the file
 * in its format; only the current row and its observations are held in memory.
 */
public abstract class MappedObservationReader<R> extends AbstractItemCountingItemStreamItemReader<Observation> {

	private final Function<R, List<Observation>> mapper;

	private final Deque<Observation> pending = new ArrayDeque<>();

	protected MappedObservationReader(String name, Function<R, List<Observation>> mapper) {
		this.mapper = mapper;
		setName(name);
		// A failed import is removed and run again from the start, never resumed half-way.
		setSaveState(false);
	}

	/** The next row of the file, or null after the last. */
	protected abstract R nextRow();

	@Override
	protected Observation doRead() {
		while (this.pending.isEmpty()) {
			R row = nextRow();
			if (row == null) {
				return null;
			}
			this.pending.addAll(this.mapper.apply(row));
		}
		return this.pending.poll();
	}

}
