package org.sendap.etl.inbox;

import java.nio.file.Path;
import java.util.List;

import org.sendap.etl.job.ImportOutcome;

/**
 * What one pass did with one file of the inbox.
 *
 * @param file the file's name as it was dropped
 * @param status what happened
 * @param imports the outcome of each data file it held (one, or the data files of a zip)
 * @param movedTo where the file is now, or null when it could not be moved (see {@code problem})
 * @param reasonFile the note beside a failed file saying why and how to retry, or null
 * @param findingsFile the note beside an archived file that loaded with warnings or skipped rows, saying
 * what was found, or null
 * @param problem what went wrong around the import (the file vanished, could not be moved), or null
 */
public record InboxFileResult(String file, Status status, List<ImportOutcome> imports, Path movedTo, Path reasonFile,
		Path findingsFile, String problem) {

	public enum Status {

		/** At least one data file was imported and none was rejected; moved to the archive. */
		IMPORTED,
		/** Every data file had been imported before with the same content; moved to the archive. */
		ALREADY_IMPORTED,
		/** A data file was rejected (or the file cannot be imported on its own); moved to failed/. */
		FAILED,
		/** Not data: the release's guidance, archived once the data files beside it had gone. */
		ARCHIVED,
		/** The file left the inbox before the pass had finished with it. */
		VANISHED,
		/** The warehouse could not be reached; the file stays in the inbox for the next pass. */
		NOT_IMPORTED

	}

	public InboxFileResult {
		imports = List.copyOf(imports);
	}

	public boolean wasMoved() {
		return this.movedTo != null;
	}

}
