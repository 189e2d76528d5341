package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;

/**
 * The note left beside a file in the archive that loaded with warnings or skipped rows: what the
 * data-quality checks found and which rows were left out, for whoever runs the inbox unattended and
 * finds the file there, without the import history at hand.
 */
final class FindingsFile {

	private FindingsFile() {
	}

	/** Whether an import of the file found something the data team should see. */
	static boolean isNeeded(List<ImportOutcome> outcomes) {
		return outcomes.stream().anyMatch(FindingsFile::foundSomething);
	}

	/** Writes {@code <archived file>.findings.txt} beside the archived file, never over another file. */
	static Path write(Path archivedFile, String text) throws IOException {
		return FileMoves.writeNote(archivedFile, FileMoves.FINDINGS_SUFFIX, text);
	}

	static String forImports(String file, List<ImportOutcome> outcomes, Path inbox, ZonedDateTime when) {
		StringBuilder text = new StringBuilder();
		text.append(file).append(" was imported, and the data-quality checks found things to look into.\n\n");
		text.append("When:  ").append(ReasonFile.WHEN.format(when)).append(", by the inbox ").append(inbox).append("\n");
		for (ImportOutcome outcome : outcomes.stream().filter(FindingsFile::foundSomething).toList()) {
			ImportHistory.Summary summary = outcome.summary();
			text.append("\nImport #").append(summary.importId()).append(": ").append(outcome.file()).append(", ")
				.append(outcome.dataset()).append('\n');
			text.append(String.format(Locale.UK, "  %,d rows read, %,d facts written, %,d rows skipped, %,d warnings%n",
					summary.rowsRead(), summary.factsWritten(), summary.rowsSkipped(), summary.warnings()));
			if (!outcome.findings().isEmpty()) {
				text.append("\nWarnings (the file was loaded as published; the first of each check are listed):\n");
				// every finding the history keeps: a note to read at leisure, unlike the console's few
				ReasonFile.indent(text, String.join("\n", outcome.findings().lines(Integer.MAX_VALUE)));
			}
			if (!summary.skips().isEmpty()) {
				text.append("\nRows skipped (not loaded):\n");
				summary.skips().forEach(skip -> text.append(String.format(Locale.UK, "  %,d rows: %s (first at %s)%n",
						skip.rows(), skip.reason(), skip.where())));
			}
			text.append("\nIn full: java -jar send-etl.jar imports ").append(summary.importId())
				.append(", or /imports/").append(summary.importId()).append(" on the dashboard.\n");
		}
		return text.toString();
	}

	private static boolean foundSomething(ImportOutcome outcome) {
		return outcome.result() == ImportOutcome.Result.IMPORTED
				&& (!outcome.findings().isEmpty() || outcome.summary().rowsSkipped() > 0);
	}

}
