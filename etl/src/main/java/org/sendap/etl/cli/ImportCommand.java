package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFinder;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

/**
 * {@code import PATH...}: imports files, folders and release zips, prints a summary per file, and
 * exits 0 when every file was imported or had been already, 1 when any was rejected, 2 when the
 * command was not understood, 3 when the import stopped for another reason (e.g. no database).
 */
@Component
class ImportCommand implements ApplicationRunner, ExitCodeGenerator {

	static final int OK = 0;

	static final int REJECTED = 1;

	static final int USAGE = 2;

	static final int FAILED = 3;

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final ReferenceDataLoader referenceData;

	private final FileImporter importer;

	private final PrintStream out = System.out;

	private int exitCode = OK;

	ImportCommand(ReferenceDataLoader referenceData, FileImporter importer) {
		this.referenceData = referenceData;
		this.importer = importer;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !words.get(0).equals("import") || words.size() < 2) {
			this.out.println("""
					Usage: java -jar send-etl.jar import PATH...
					  PATH  an EES data file (CSV), a folder of them, or a release zip as downloaded from
					        Explore Education Statistics.
					The database is chosen with --spring.datasource.url, --spring.datasource.username and
					--spring.datasource.password (default: an H2 database under ./data/).""");
			this.exitCode = USAGE;
			return;
		}
		try {
			importPaths(words.subList(1, words.size()));
		}
		catch (RuntimeException ex) {
			// The warehouse cannot be reached or is in an unexpected state: say so in one line.
			log.debug("Import stopped", ex);
			this.out.println("ERROR  the import stopped: " + rootMessage(ex));
			this.exitCode = FAILED;
		}
	}

	private void importPaths(List<String> paths) {
		this.referenceData.load();
		SourceFinder.Found found = SourceFinder.find(paths);
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (String missing : found.missing()) {
			outcomes.add(ImportOutcome.rejected(missing, missing + ": no such file or folder"));
		}
		outcomes.addAll(this.importer.importAll(found.files()));
		new ImportSummaryPrinter(this.out).print(outcomes, found.ignored());
		if (outcomes.stream().anyMatch(ImportOutcome::isRejected)) {
			this.exitCode = REJECTED;
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
