package org.sendap.etl.cli;

import static org.sendap.etl.cli.TextTable.number;
import static org.sendap.etl.cli.TextTable.text;

import java.io.PrintStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.sendap.etl.cli.ImportHistoryRepository.CheckCount;
import org.sendap.etl.cli.ImportHistoryRepository.FindingRow;
import org.sendap.etl.cli.ImportHistoryRepository.ImportRun;
import org.sendap.etl.pipeline.ImportHistory;

/**
 * Prints the import history for the terminal: a table of imports, or one import in full. Times are
 * in this machine's time zone; a missing value is shown as {@code -}.
 */
class ImportHistoryPrinter {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static final int SHA256_SHOWN = 12;

	private static final String NONE = "-";

	private final PrintStream out;

	private final ZoneId zone = ZoneId.systemDefault();

	ImportHistoryPrinter(PrintStream out) {
		this.out = out;
	}

	void printList(List<ImportRun> runs, int total, String status) {
		String which = status == null ? "" : " with status " + status;
		if (runs.isEmpty()) {
			this.out.println(status == null ? "The import history is empty: nothing has been imported yet."
					: "No imports" + which + ".");
			return;
		}
		this.out.printf("Import history%s, newest first: %d of %d%s%n", which, runs.size(), total,
				runs.size() < total ? " (--limit N shows more)" : "");
		TextTable table = new TextTable(number("id"), text("file"), text("sha256"), text("source layout"),
				text("origin"), text("dataset (release)"), text("started"), text("finished"), text("status"),
				number("rows read"), number("facts written"), number("warnings"), number("errors"),
				text("superseded by"));
		for (ImportRun run : runs) {
			table.row(String.valueOf(run.id()), run.file(), run.sha256().substring(0, SHA256_SHOWN), run.layout(),
					run.origin(), run.dataset() == null ? NONE : run.dataset() + " (" + run.release() + ")",
					dateTime(run.started()), finishedTime(run), run.status(), count(run.rowsRead()),
					count(run.factsWritten()), count(run.warnings()), count(run.errors()), importRef(run.supersededBy()));
		}
		table.print(this.out, "");
	}

	void printOne(ImportRun run, List<CheckCount> checks, List<FindingRow> findings,
			List<ImportHistory.SkipCount> skips) {
		this.out.printf("Import #%d  %s  %s%n", run.id(), run.file(), run.status());
		field("file", run.file());
		field("source", run.sourcePath());
		if (run.movedTo() != null) {
			field("moved to", run.movedTo());
		}
		field("sha256", run.sha256());
		field("source layout", run.layout());
		field("origin", run.origin());
		field("dataset", orNone(run.dataset()));
		field("release", run.release() == null ? NONE : run.publication() + ", " + run.release());
		field("status", run.status());
		field("started", dateTime(run.started()));
		field("finished", run.finished() == null ? NONE : dateTime(run.finished()));
		field("rows read", count(run.rowsRead()));
		field("facts written", count(run.factsWritten()));
		field("rows skipped", count(run.rowsSkipped()));
		field("warnings", count(run.warnings()));
		field("errors", count(run.errors()));
		field("superseded by", importRef(run.supersededBy()));
		field("message", orNone(run.message()));

		this.out.println();
		if (checks.isEmpty()) {
			this.out.println("Checks: nothing found");
		}
		else {
			this.out.println("Checks");
			TextTable table = new TextTable(text("severity"), text("check"), number("findings"));
			checks.forEach(check -> table.row(check.severity(), check.check(), count(check.findings())));
			table.print(this.out, "  ");
		}

		if (!findings.isEmpty()) {
			this.out.println();
			this.out.println("Findings (the first of each check are kept in detail)");
			TextTable table = new TextTable(text("severity"), text("check"), text("place"), text("column"),
					text("value"), text("message"));
			findings.forEach(finding -> table.row(finding.severity(), finding.check(), place(finding),
					orNone(finding.column()), orNone(finding.value()), finding.message()));
			table.print(this.out, "  ");
		}

		this.out.println();
		if (skips.isEmpty()) {
			this.out.println("Skipped rows: none");
		}
		else {
			this.out.println("Skipped rows");
			TextTable table = new TextTable(number("rows"), text("first rows skipped"), text("reason"));
			skips.forEach(skip -> table.row(count(skip.rows()), skip.where(), skip.reason()));
			table.print(this.out, "  ");
		}
	}

	private void field(String name, String value) {
		List<String> lines = value.lines().toList();
		this.out.printf("  %-15s %s%n", name, lines.isEmpty() ? "" : lines.get(0));
		lines.stream().skip(1).forEach(line -> this.out.printf("  %-15s %s%n", "", line));
	}

	/** Where the data team finds it: {@code line 80}, or {@code sheet 'Table 1' row 12} in a workbook. */
	private static String place(FindingRow finding) {
		String line = finding.line() == null ? "" : (finding.sheet() == null ? "line " : "row ") + finding.line();
		if (finding.sheet() == null) {
			return line.isEmpty() ? NONE : line;
		}
		return ("sheet '" + finding.sheet() + "' " + line).strip();
	}

	private String dateTime(OffsetDateTime time) {
		return time == null ? NONE : DATE_TIME.format(time.atZoneSameInstant(this.zone));
	}

	/** The finishing time alone when the import finished on the day it started, as most do. */
	private String finishedTime(ImportRun run) {
		if (run.finished() == null) {
			return NONE;
		}
		ZonedDateTime started = run.started().atZoneSameInstant(this.zone);
		ZonedDateTime finished = run.finished().atZoneSameInstant(this.zone);
		return (started.toLocalDate().equals(finished.toLocalDate()) ? TIME : DATE_TIME).format(finished);
	}

	private static String importRef(Long id) {
		return id == null ? NONE : "#" + id;
	}

	private static String orNone(String value) {
		return value == null || value.isBlank() ? NONE : value;
	}

	private static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

}
