package org.sendap.etl.inbox;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.sendap.etl.job.ImportOutcome;

/**
 * The note left beside a file in {@code failed/}: why it was not imported, when, and how to retry,
 * written for whoever finds it there without the import history at hand.
 */
final class ReasonFile {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

	private ReasonFile() {
	}

	/** Writes {@code <failed file>.reason.txt} beside the failed file, never over another file. */
	static Path write(Path failedFile, String text) throws IOException {
		return FileMoves.writeNote(failedFile, FileMoves.REASON_SUFFIX, text);
	}

	/** For a file whose data files were imported one by one: the rejections, and what was imported anyway. */
	static String forImports(String file, List<ImportOutcome> outcomes, Path inbox, ZonedDateTime when) {
		StringBuilder text = new StringBuilder();
		text.append(file).append(" was not imported.\n\n");
		text.append("When:  ").append(WHEN.format(when)).append(", by the inbox ").append(inbox).append("\n\n");
		text.append("Why:\n");
		outcomes.stream().filter(ImportOutcome::isRejected).forEach(rejected -> {
			indent(text, rejected.message());
			if (rejected.hasFindingsToShow()) {
				text.append("\n  What the data-quality checks found (import #").append(rejected.importId()).append("):\n");
				rejected.findings().lines(Integer.MAX_VALUE).forEach(line -> text.append("    ").append(line).append('\n'));
			}
		});
		List<ImportOutcome> kept = outcomes.stream().filter(outcome -> !outcome.isRejected()).toList();
		if (kept.isEmpty()) {
			text.append("\nNothing from this file was written to the warehouse.\n");
		}
		else {
			text.append("\nNothing from the rejected data was written to the warehouse. These data files of it were\n")
				.append("imported and stay (dropping the file in again leaves them unchanged):\n");
			kept.forEach(outcome -> indent(text, outcome.file() + " (" + (outcome.result() == ImportOutcome.Result.IMPORTED
					? "import #" + outcome.summary().importId() : "already imported, import #" + outcome.earlierImport()) + ")"));
		}
		return text.append(howToRetry(inbox)).toString();
	}

	/** For a file that cannot be imported on its own, such as metadata without its data file. */
	static String forFile(String file, String why, Path inbox, ZonedDateTime when) {
		StringBuilder text = new StringBuilder();
		text.append(file).append(" was not imported.\n\n");
		text.append("When:  ").append(WHEN.format(when)).append(", by the inbox ").append(inbox).append("\n\n");
		text.append("Why:\n");
		indent(text, why);
		return text.append(howToRetry(inbox)).toString();
	}

	private static String howToRetry(Path inbox) {
		return "\nTo retry: fix the file and drop it into the inbox again (" + inbox + ").\n"
				+ "It is imported on the next pass. This copy and this note can then be deleted.\n";
	}

	static void indent(StringBuilder text, String lines) {
		lines.lines().forEach(line -> text.append("  ").append(line).append('\n'));
	}

}
