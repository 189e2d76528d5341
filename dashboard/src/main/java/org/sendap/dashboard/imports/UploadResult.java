package org.sendap.dashboard.imports;

import java.io.Serializable;
import java.util.List;

import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;

/**
 * What happened to one uploaded file, with what the command line reports for it: imported (with
 * its counts), already imported (with the earlier import), or rejected (with the reason). Kept in
 * the session across the redirect after the upload, hence serialisable.
 *
 * @param importId the import the page links to: this import, or the earlier one the same content
 * came in with; null only when a file was rejected before it reached the import history
 */
public record UploadResult(String file, ImportOutcome.Result result, String dataset, Long importId, long rowsRead,
		long factsWritten, long rowsSkipped, List<SkippedRows> skips, Long supersededImport, long warnings,
		String message) implements Serializable {

	/** Rows skipped for one reason, and where the first of them are ({@code lines 19, 20, 27}). */
	public record SkippedRows(String reason, long rows, String where) implements Serializable {
	}

	static UploadResult of(ImportOutcome outcome, Long importId) {
		ImportHistory.Summary summary = outcome.summary();
		if (summary == null) {
			return new UploadResult(outcome.file(), outcome.result(), outcome.dataset(), importId, 0, 0, 0, List.of(),
					null, 0, outcome.message());
		}
		List<SkippedRows> skips = summary.skips()
			.stream()
			.map(skip -> new SkippedRows(skip.reason(), skip.rows(), skip.where()))
			.toList();
		return new UploadResult(outcome.file(), outcome.result(), outcome.dataset(), importId, summary.rowsRead(),
				summary.factsWritten(), summary.rowsSkipped(), skips, summary.supersededImport(), summary.warnings(),
				outcome.message());
	}

	static UploadResult rejected(String file, Long importId, String message) {
		return new UploadResult(file, ImportOutcome.Result.REJECTED, null, importId, 0, 0, 0, List.of(), null, 0,
				message);
	}

	public boolean imported() {
		return this.result == ImportOutcome.Result.IMPORTED;
	}

	public boolean alreadyImported() {
		return this.result == ImportOutcome.Result.ALREADY_IMPORTED;
	}

	public boolean rejected() {
		return this.result == ImportOutcome.Result.REJECTED;
	}

}
