package org.sendap.etl.source;

import java.io.Closeable;
import java.util.List;

/**
 * A header and then numbered rows of strings, whatever the file format. Rows are streamed: only
 * the current row is held in memory.
 */
public interface TabularFile extends Closeable {

	List<String> header();

	/** The next row, or null at the end of the file. */
	SourceRow nextRow();

	@Override
	void close();

}
