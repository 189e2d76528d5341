package org.sendap.etl.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;

/**
 * Prints what happened to each file in words the data team can act on.
 */
class ImportSummaryPrinter {

	private final PrintStream out;

	ImportSummaryPrinter(PrintStream out) {
		this.out = out;
	}

	void print(List<ImportOutcome> outcomes, List<Path> ignored) {
		int imported = 0;
		int already = 0;
		int rejected = 0;
		for (ImportOutcome outcome : outcomes) {
			switch (outcome.result()) {
				case IMPORTED -> {
					imported++;
					printImported(outcome);
				}
				case ALREADY_IMPORTED -> {
					already++;
					this.out.printf("ALREADY IMPORTED  %s%n", outcome.file());
					this.out.printf("  dataset         %s%n", outcome.dataset());
					this.out.printf("  unchanged: the same content was imported before (import #%d); nothing was written%n",
							outcome.earlierImport());
				}
				case REJECTED -> {
					rejected++;
					this.out.printf("REJECTED  %s%n", outcome.file());
					this.out.printf("  %s%n", outcome.message());
					List<String> findings = FindingsLines.of(outcome);
					if (!findings.isEmpty()) {
						this.out.printf("  findings        %s%n", FindingsLines.counts(outcome.findings()));
						findings.forEach(line -> this.out.printf("    %s%n", line));
					}
					this.out.println("  nothing from this file was written to the warehouse");
				}
			}
		}
		for (Path path : ignored) {
			this.out.printf("IGNORED  %s (not a CSV data file or release zip)%n", path);
		}
		this.out.printf("%d file(s) imported, %d already imported, %d rejected%n", imported, already, rejected);
	}

	private void printImported(ImportOutcome outcome) {
		ImportHistory.Summary summary = outcome.summary();
		this.out.printf("IMPORTED  %s%n", outcome.file());
		this.out.printf("  dataset         %s%n", outcome.dataset());
		this.out.printf("  rows read       %s%n", number(summary.rowsRead()));
		this.out.printf("  facts written   %s%n", number(summary.factsWritten()));
		this.out.printf("  rows skipped    %s%n", number(summary.rowsSkipped()));
		for (ImportHistory.SkipCount skip : summary.skips()) {
			this.out.printf("    %s rows: %s (first at %s)%n", number(skip.rows()), skip.reason(), skip.where());
		}
		this.out.printf("  warnings        %s%n", number(summary.warnings()));
		FindingsLines.of(outcome).forEach(line -> this.out.printf("    %s%n", line));
		if (summary.supersededImport() != null) {
			this.out.printf("  replaces import #%d of the same dataset (kept in the import history)%n",
					summary.supersededImport());
		}
		this.out.printf("  import #%d%n", summary.importId());
	}

	private static String number(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

}
