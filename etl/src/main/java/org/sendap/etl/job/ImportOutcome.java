package org.sendap.etl.job;

import org.sendap.etl.pipeline.ImportHistory;

/**
 * What happened to one file: imported (with its counts), already imported, or rejected (with
 * the reason).
 */
public record ImportOutcome(String file, Result result, String dataset, ImportHistory.Summary summary,
		Long earlierImport, String message) {

	public enum Result {

		IMPORTED, ALREADY_IMPORTED, REJECTED

	}

	public static ImportOutcome imported(String file, String dataset, ImportHistory.Summary summary) {
		return new ImportOutcome(file, Result.IMPORTED, dataset, summary, null, null);
	}

	public static ImportOutcome alreadyImported(String file, String dataset, long earlierImport) {
		return new ImportOutcome(file, Result.ALREADY_IMPORTED, dataset, null, earlierImport, null);
	}

	public static ImportOutcome rejected(String file, String message) {
		return new ImportOutcome(file, Result.REJECTED, null, null, null, message);
	}

	public boolean isRejected() {
		return this.result == Result.REJECTED;
	}

}
