package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.sendap.etl.cli.CommandArguments.UsageException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar send-etl.jar COMMAND ...}: hands the command line to the command its first word
 * names, and keeps the command's exit code for the process. No command, or an unknown one, prints
 * the usage of all of them and exits 2.
 */
@Component
// off where the application is run for its import pipeline alone (the benchmark's warehouses)
@ConditionalOnProperty(name = "sendap.cli.enabled", matchIfMissing = true)
class CommandDispatcher implements ApplicationRunner, ExitCodeGenerator {

	/** Words that ask for the usage, which is then no error. */
	private static final List<String> HELP = List.of("help", "--help", "-h");

	private final List<Command> commands;

	private final PrintStream out = System.out;

	private final FailureReport failures;

	private final String databaseUrl;

	private int exitCode = Command.OK;

	CommandDispatcher(List<Command> commands, @Value("${" + FailureReport.DEBUG_SETTING + ":false}") boolean debug,
			@Value("${spring.datasource.url:}") String databaseUrl) {
		this.commands = commands;
		this.failures = new FailureReport(this.out, debug);
		this.databaseUrl = databaseUrl;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		List<String> words = commandWords(arguments.getSourceArgs());
		// the command is the first word that is not an option, as when import was the only command
		Optional<String> name = words.stream().filter(word -> !word.startsWith("--")).findFirst();
		boolean help = words.stream().anyMatch(HELP::contains);
		if (help || name.isEmpty()) {
			printUsage();
			this.exitCode = help ? Command.OK : Command.USAGE;
			return;
		}
		List<String> rest = new ArrayList<>(words);
		rest.remove(name.get());
		Command command = this.commands.stream().filter(c -> c.name().equals(name.get())).findFirst().orElse(null);
		if (command == null) {
			this.out.println("Unknown command '" + name.get() + "'.");
			printUsage();
			this.exitCode = Command.USAGE;
			return;
		}
		try {
			this.exitCode = command.run(rest, this.out);
		}
		catch (UsageException ex) {
			this.out.println(command.name() + ": " + ex.getMessage());
			command.synopsis().forEach(form -> this.out.println("Usage: java -jar send-etl.jar " + form));
			this.exitCode = Command.USAGE;
		}
		catch (RuntimeException ex) {
			// The warehouse cannot be reached or is in an unexpected state: say so in one line.
			this.exitCode = this.failures.commandStopped(command.name(), ex, this.databaseUrl);
		}
	}

	/**
	 * The words of the command: the arguments without Spring's settings ({@code --spring.datasource.url=...},
	 * {@code --sendap.inbox.settle=30s}), which are recognised by the dot in their name.
	 */
	static List<String> commandWords(String[] arguments) {
		return Arrays.stream(arguments).filter(argument -> !isSetting(argument)).toList();
	}

	private static boolean isSetting(String argument) {
		int equals = argument.indexOf('=');
		return argument.startsWith("--") && equals > 0 && argument.substring(2, equals).contains(".");
	}

	private void printUsage() {
		String prefix = "Usage: ";
		for (Command command : this.commands) {
			for (String form : command.synopsis()) {
				this.out.println(prefix + "java -jar send-etl.jar " + form);
				prefix = "       ";
			}
		}
		this.out.println();
		this.out.println("Commands:");
		int width = this.commands.stream().mapToInt(command -> command.name().length()).max().orElse(0);
		for (Command command : this.commands) {
			String name = command.name();
			for (String line : command.purpose().lines().toList()) {
				this.out.printf("  %-" + width + "s  %s%n", name, line);
				name = "";
			}
		}
		this.out.println();
		this.out.println("""
				The database is chosen with --spring.datasource.url, --spring.datasource.username and
				--spring.datasource.password (default: an H2 database under ./data/).
				Exit codes: 0 done; 1 a file was rejected or failed, or the import asked for does not exist;
				2 the command line (or a setting) was not understood; 3 could not run: the database cannot be
				opened, reached or migrated, for instance (--debug adds the stack trace to the one-line error).""");
	}

	@Override
	public int getExitCode() {
		return this.exitCode;
	}

}
