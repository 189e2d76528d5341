package org.sendap.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sendap.etl.inbox.InboxFileResult;
import org.sendap.etl.inbox.InboxFileResult.Status;
import org.sendap.etl.inbox.InboxFolder;
import org.sendap.etl.inbox.InboxPass;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.quality.Severity;

/**
 * Prints what an inbox pass did: a line per file saying what happened and where the file went,
 * with the counts, the reason of a rejection and the note to read; then the pass in one line.
 */
class InboxPassPrinter {

	private static final String LABEL = "%-18s";

	private static final String DETAIL = String.format(LABEL, "");

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final PrintStream out;

	private final InboxFolder folder;

	InboxPassPrinter(PrintStream out, InboxFolder folder) {
		this.out = out;
		this.folder = folder;
	}

	/** Whole lines only, so that the passes of a watch print one after the other, not mixed. */
	synchronized void print(InboxPass pass) {
		if (!pass.recoveredImports().isEmpty()) {
			line("RECOVERED", "interrupted imports " + pass.recoveredImports().stream().map(id -> "#" + id)
				.collect(Collectors.joining(", ")) + ": their partial data was removed");
		}
		pass.files().forEach(this::printFile);
		for (Path waiting : pass.waiting()) {
			line("WAITING", waiting.getFileName() + ": changed within the last " + this.folder.settle().toSeconds()
					+ "s (still being copied?); left for the next pass");
		}
		for (Path ignored : pass.ignoredFolders()) {
			line("IGNORED", ignored.getFileName() + "/: a folder; drop its files, or the release zip, into the inbox itself");
		}
		if (!pass.completed()) {
			line("ERROR", pass.problem());
		}
		boolean empty = pass.completed() && pass.files().isEmpty() && pass.waiting().isEmpty();
		this.out.printf("Inbox pass %s: %s%n", WHEN.format(pass.startedAt()), empty ? "nothing to import" : counts(pass));
	}

	private void printFile(InboxFileResult file) {
		String moved = file.wasMoved() ? " -> " + this.folder.relative(file.movedTo()) : "";
		line(label(file.status()), file.file() + moved);
		boolean several = file.imports().size() > 1;
		for (ImportOutcome outcome : file.imports()) {
			String prefix = several ? outcome.file() + ": " : "";
			switch (outcome.result()) {
				case IMPORTED -> {
					detail(prefix + imported(outcome));
					outcome.summary().skips().forEach(skip -> detail("  " + number(skip.rows()) + " rows skipped: "
							+ skip.reason() + " (first at " + skip.where() + ")"));
				}
				case ALREADY_IMPORTED -> detail(prefix + "the same content was imported before (import #"
						+ outcome.earlierImport() + "); nothing was written");
				case REJECTED -> outcome.message().lines().forEach(this::detail);
			}
			printFindings(outcome);
		}
		if (file.status() == Status.ARCHIVED) {
			detail("the release's data guidance, archived now that the data files beside it have gone");
		}
		if (file.reasonFile() != null) {
			detail("why, and how to retry: " + this.folder.relative(file.reasonFile()));
		}
		if (file.findingsFile() != null) {
			detail("the findings, kept beside the file: " + this.folder.relative(file.findingsFile()));
		}
		if (file.problem() != null) {
			detail(file.problem());
		}
	}

	private void printFindings(ImportOutcome outcome) {
		List<String> lines = FindingsLines.of(outcome);
		if (lines.isEmpty()) {
			return;
		}
		long warnings = outcome.findings().count(Severity.WARNING);
		detail((outcome.isRejected() ? FindingsLines.counts(outcome.findings())
				: FindingsLines.count(warnings, "warning")) + ":");
		lines.forEach(line -> detail("  " + line));
	}

	private static String imported(ImportOutcome outcome) {
		ImportHistory.Summary summary = outcome.summary();
		String replaces = summary.supersededImport() == null ? ""
				: "; replaces import #" + summary.supersededImport() + " of the same dataset";
		return outcome.dataset() + ": " + number(summary.rowsRead()) + " rows read, " + number(summary.factsWritten())
				+ " facts written, " + number(summary.rowsSkipped()) + " rows skipped; import #" + summary.importId()
				+ replaces;
	}

	private static String label(Status status) {
		return switch (status) {
			case IMPORTED -> "IMPORTED";
			case ALREADY_IMPORTED -> "ALREADY IMPORTED";
			case FAILED -> "FAILED";
			case ARCHIVED -> "ARCHIVED";
			case VANISHED -> "VANISHED";
			case NOT_IMPORTED -> "NOT IMPORTED";
		};
	}

	private static String counts(InboxPass pass) {
		List<String> counts = new ArrayList<>();
		counts.add(pass.count(Status.IMPORTED) + " imported");
		counts.add(pass.count(Status.ALREADY_IMPORTED) + " already imported");
		counts.add(pass.count(Status.FAILED) + " failed");
		counts.add(pass.waiting().size() + " waiting");
		if (pass.count(Status.NOT_IMPORTED) > 0) {
			counts.add(pass.count(Status.NOT_IMPORTED) + " not imported");
		}
		if (pass.count(Status.VANISHED) > 0) {
			counts.add(pass.count(Status.VANISHED) + " vanished");
		}
		return String.join(", ", counts);
	}

	private void line(String label, String text) {
		this.out.printf(LABEL + "%s%n", label, text);
	}

	private void detail(String text) {
		this.out.println(DETAIL + text);
	}

	private static String number(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

}
