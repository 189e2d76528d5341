package org.sendap.etl.source;

import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Streams the data rows of a CSV file (on disk or inside a zip) to a chunk-oriented step.
 */
public class TabularRowReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

	private final SourceFile source;

	private TabularFile file;

	public TabularRowReader(SourceFile source) {
		this.source = source;
		setName("tabularRowReader");
		// A failed import is removed and run again from the start, never resumed half-way.
		setSaveState(false);
	}

	@Override
	protected void doOpen() {
		this.file = CsvTabularFile.open(this.source.displayName(), this.source.open());
	}

	@Override
	protected SourceRow doRead() {
		return this.file.nextRow();
	}

	@Override
	protected void doClose() {
		if (this.file != null) {
			this.file.close();
			this.file = null;
		}
	}

}
