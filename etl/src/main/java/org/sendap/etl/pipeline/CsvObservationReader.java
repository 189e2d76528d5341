package org.sendap.etl.pipeline;

import java.util.List;
import java.util.function.Function;

import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;
import org.sendap.etl.source.TabularFile;

/**
 * Streams a CSV file as observations: each row is handed to the layout's mapper, which may make
 * several observations of it (one per year column of a wide file, say).
 */
public class CsvObservationReader extends MappedObservationReader<SourceRow> {

	private final SourceFile source;

	private TabularFile file;

	public CsvObservationReader(SourceFile source, Function<SourceRow, List<Observation>> mapper) {
		super("csvObservationReader", mapper);
		this.source = source;
	}

	@Override
	protected void doOpen() {
		this.file = CsvTabularFile.open(this.source.displayName(), this.source.open());
	}

	@Override
	protected SourceRow nextRow() {
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
