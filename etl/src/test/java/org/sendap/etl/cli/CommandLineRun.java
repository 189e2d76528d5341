package org.sendap.etl.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.sendap.etl.EtlApplication;

/**
 * Runs the command line as {@code java -jar send-etl.jar ARGS} would (its {@code main} but for the
 * process's exit), on a warehouse of the test's own, and returns the exit code.
 */
final class CommandLineRun {

	private final String databaseUrl;

	private CommandLineRun(String databaseUrl) {
		this.databaseUrl = databaseUrl;
	}

	/** A warehouse in memory, gone after each run. */
	static CommandLineRun inMemory() {
		return new CommandLineRun("jdbc:h2:mem:command-" + UUID.randomUUID()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	/** A warehouse in a file, kept between runs as the default one under ./data/ is. */
	static CommandLineRun onDisk(Path folder) {
		return new CommandLineRun("jdbc:h2:file:" + folder.resolve("warehouse").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
	}

	int run(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.add("--spring.datasource.url=" + this.databaseUrl);
		return EtlApplication.run(all.toArray(String[]::new));
	}

}
