package org.sendap.etl.job;

import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.quality.ImportFindings;

/**
 * What happened to one file: imported (with its counts), already imported, or rejected (with
 * the reason).
 *
 * @param importId the import this attempt recorded in the import history: the new import of an
 * imported file, or the failed import of a rejected one; null when nothing was recorded (the file
 * had been imported before, see {@code earlierImport}, or was rejected before its import began)
 * @param findings what the data-quality checks found in this import (warnings of an imported file, errors
 * and warnings of a rejected one); none when no import was recorded
 */
public record ImportOutcome(String file, Result result, String dataset, ImportHistory.Summary summary,
		Long earlierImport, String message, Long importId, ImportFindings findings) {

	public enum Result {

		IMPORTED, ALREADY_IMPORTED, REJECTED

	}

	public static ImportOutcome imported(String file, String dataset, ImportHistory.Summary summary) {
		return new ImportOutcome(file, Result.IMPORTED, dataset, summary, null, null, summary.importId(),
				ImportFindings.NONE);
	}

	public static ImportOutcome alreadyImported(String file, String dataset, long earlierImport) {
		return new ImportOutcome(file, Result.ALREADY_IMPORTED, dataset, null, earlierImport, null, null,
				ImportFindings.NONE);
	}

	/** A file rejected before the import history recorded an attempt (it could not even be read). */
	public static ImportOutcome rejected(String file, String message) {
		return new ImportOutcome(file, Result.REJECTED, null, null, null, message, null, ImportFindings.NONE);
	}

	/** A file rejected by its import, which the import history keeps with the reason and the findings. */
	public static ImportOutcome rejected(String file, long importId, String message) {
		return new ImportOutcome(file, Result.REJECTED, null, null, null, message, importId, ImportFindings.NONE);
	}

	public ImportOutcome withFindings(ImportFindings found) {
		return new ImportOutcome(this.file, this.result, this.dataset, this.summary, this.earlierImport, this.message,
				this.importId, found);
	}

	public boolean isRejected() {
		return this.result == Result.REJECTED;
	}

	/**
	 * Whether the findings say more than the outcome's message does: any finding of an imported file;
	 * more than the one error a rejection's message names.
	 */
	public boolean hasFindingsToShow() {
		return isRejected() ? this.findings.count() > 1 : !this.findings.isEmpty();
	}

	/** The import to show for this file: the one recorded now, or the earlier import of the same content. */
	public Long shownImport() {
		return this.result == Result.ALREADY_IMPORTED ? this.earlierImport : this.importId;
	}

}
