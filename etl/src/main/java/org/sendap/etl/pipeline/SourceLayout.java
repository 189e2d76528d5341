package org.sendap.etl.pipeline;

import org.sendap.etl.source.SourceFile;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * One kind of source file the pipeline can import (an EES tidy CSV, an NHS workbook, ...): how to
 * recognise it from its content, how to inspect it whole before anything is written, and how to
 * stream it as observations. Every layout feeds the same job, checks and fact writer.
 */
public interface SourceLayout {

	/** A short stable name, kept in the import history ({@code ees-csv}, {@code nhs-chs-waiting-lists}). */
	String id();

	/** What the data team would call it, for the list of supported layouts. */
	String description();

	/** Whether the file's content (never its name) is in this layout. */
	boolean recognises(SourceFile source);

	/**
	 * Reads the whole file once: rejects it if it cannot be imported, and says which dataset it holds,
	 * how many rows it has, and whatever the reader needs to know about its layout (as text, so that it
	 * can be kept with the job).
	 */
	LayoutInspection inspect(SourceFile source);

	/** Streams the file's observations, using what {@link #inspect} found. */
	ItemStreamReader<Observation> reader(SourceFile source, String plan);

}
