package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.job.ImportProgress;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFinder;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code import PATH...}: imports files, folders and release zips, prints a summary per file, and
 * exits 0 when every file was imported or had been already, 1 when any was rejected, 2 when no path
 * was given, 3 when the import stopped for another reason (e.g. no database).
 */
@Component
@Order(1)
class ImportCommand implements Command {

	private final ReferenceDataLoader referenceData;

	private final FileImporter importer;

	private final ProgressDisplay progress;

	ImportCommand(ReferenceDataLoader referenceData, FileImporter importer, ProgressDisplay progress) {
		this.referenceData = referenceData;
		this.importer = importer;
		this.progress = progress;
	}

	@Override
	public String name() {
		return "import";
	}

	@Override
	public List<String> synopsis() {
		return List.of("import PATH...");
	}

	@Override
	public String purpose() {
		return "import data files (EES CSV, NHS workbooks), folders of them and release zips, now";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		// as ever, options (--anything) are not paths
		List<String> paths = arguments.stream().filter(argument -> !argument.startsWith("--")).toList();
		if (paths.isEmpty()) {
			out.println("""
					Usage: java -jar send-etl.jar import PATH...
					  PATH  an EES data file (CSV), a folder of them, or a release zip as downloaded from
					        Explore Education Statistics.
					The database is chosen with --spring.datasource.url, --spring.datasource.username and
					--spring.datasource.password (default: an H2 database under ./data/).""");
			return USAGE;
		}
		// a failure that is not the files' (no database) stops the command: the dispatcher says why
		return importPaths(paths, out);
	}

	private int importPaths(List<String> paths, PrintStream out) {
		this.referenceData.load();
		SourceFinder.Found found = SourceFinder.find(paths);
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (String missing : found.missing()) {
			outcomes.add(ImportOutcome.rejected(missing, missing + ": no such file or folder"));
		}
		try (ImportProgress.Watching shown = this.progress.showOn(out)) {
			outcomes.addAll(this.importer.importAll(found.files()));
		}
		new ImportSummaryPrinter(out).print(outcomes, found.ignored());
		return outcomes.stream().anyMatch(ImportOutcome::isRejected) ? REJECTED : OK;
	}

}
