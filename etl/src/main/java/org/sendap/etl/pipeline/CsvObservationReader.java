package org.sendap.etl.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;

import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;
import org.sendap.etl.source.TabularFile;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams a CSV file as observations: each row is handed to the layout's mapper, which may make
 * several observations of it (one per year column of a wide file, say). Only the current row is
 * held in memory.
 */
public class CsvObservationReader extends AbstractItemCountingItemStreamItemReader<Observation> {

	private final SourceFile source;

	private final Function<SourceRow, List<Observation>> mapper;

	private final Deque<Observation> pending = new ArrayDeque<>();

	private TabularFile file;

	public CsvObservationReader(SourceFile source, Function<SourceRow, List<Observation>> mapper) {
		this.source = source;
		this.mapper = mapper;
		setName("csvObservationReader");
		// A failed import is removed and run again from the start, never resumed half-way.
		setSaveState(false);
	}

	@Override
	protected void doOpen() {
		this.file = CsvTabularFile.open(this.source.displayName(), this.source.open());
	}

	@Override
	protected Observation doRead() {
		while (this.pending.isEmpty()) {
			SourceRow row = this.file.nextRow();
			if (row == null) {
				return null;
			}
			this.pending.addAll(this.mapper.apply(row));
		}
		return this.pending.poll();
	}

	@Override
	protected void doClose() {
		if (this.file != null) {
			this.file.close();
			this.file = null;
		}
	}

}
