package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The command line's first word chooses the command; without one, or with one it does not know, it
 * lists them all.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandDispatcherTests {

	private final CommandLineRun commandLine = CommandLineRun.inMemory();

	@Test
	void noCommandListsEveryCommandWithExitCodeTwo(CapturedOutput output) {
		int exitCode = this.commandLine.run();

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("""
				Usage: java -jar send-etl.jar import PATH...
				       java -jar send-etl.jar watch --inbox DIR [--cron EXPR] [--once]
				       java -jar send-etl.jar imports [--limit N] [--status STATUS]
				       java -jar send-etl.jar imports ID
				       java -jar send-etl.jar benchmark PATH... [--postgres URL] [--postgres-user USER] [--postgres-password PASSWORD]
				""")
			.contains("  import     import data files (EES CSV, NHS workbooks), folders of them and release zips, now\n")
			.contains("  watch      import what is dropped into an inbox folder: now, then on a schedule (every 5 minutes\n")
			.contains("  imports    the import history, newest first: the last 20 unless --limit says otherwise;\n"
					+ "             --status RUNNING, COMPLETED, FAILED or SUPERSEDED.\n"
					+ "             imports ID: one import in full, with its checks, findings and skipped rows\n")
			.contains("  benchmark  time the import of files into new PostgreSQL and H2 warehouses against PostgreSQL COPY\n");
	}

	@Test
	void unknownCommandIsNamedWithTheUsageAndExitCodeTwo(CapturedOutput output) {
		int exitCode = this.commandLine.run("history");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("Unknown command 'history'.\nUsage: java -jar send-etl.jar import PATH...");
	}

	@Test
	void helpListsEveryCommandWithExitCodeZero(CapturedOutput output) {
		int exitCode = this.commandLine.run("--help");

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Usage: java -jar send-etl.jar import PATH...").contains("Commands:");
	}

	@Test
	void springSettingsAreNotTakenForTheCommand() {
		assertThat(CommandDispatcher.commandWords(new String[] { "--spring.datasource.url=jdbc:h2:mem:x", "imports",
				"--limit=5", "--sendap.inbox.settle=30s" })).containsExactly("imports", "--limit=5");
	}

}
