package org.sendap.etl.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.quality.ImportFindings;
import org.sendap.etl.quality.Severity;

/**
 * The findings of one import as the commands print them under the file's summary: each check with its
 * count and its first few findings, then the command that lists them all.
 */
final class FindingsLines {

	/** Enough to see what a check is about and where to look; the import history has the rest. */
	static final int SHOWN_PER_CHECK = 3;

	private FindingsLines() {
	}

	/**
	 * No lines when the checks found nothing, or only the error that a rejected file's message gives
	 * already.
	 */
	static List<String> of(ImportOutcome outcome) {
		if (!outcome.hasFindingsToShow()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>(outcome.findings().lines(SHOWN_PER_CHECK));
		lines.add("the findings in full: java -jar send-etl.jar imports " + outcome.importId());
		return lines;
	}

	/** How many errors and warnings: {@code 1 error, 3 warnings}. */
	static String counts(ImportFindings findings) {
		return count(findings.count(Severity.ERROR), "error") + ", " + count(findings.count(Severity.WARNING), "warning");
	}

	static String count(long number, String what) {
		return String.format(Locale.UK, "%,d %s%s", number, what, number == 1 ? "" : "s");
	}

}
