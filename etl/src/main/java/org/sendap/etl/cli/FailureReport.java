package org.sendap.etl.cli;

import java.io.PrintStream;

import org.springframework.boot.context.properties.bind.BindException;

/**
 * What stopped the command line, in one line saying what and how to fix it (the database cannot be
 * opened, a setting is not valid), with the stack trace only when {@value #DEBUG} asks for it: the
 * same wherever the failure happens, while the application starts or while a command runs.
 */
public final class FailureReport {

	/** The option that adds the stack trace to the line. */
	public static final String DEBUG = "--debug";

	/** The setting {@value #DEBUG} becomes, for the commands (the application's own {@code debug} is Spring's). */
	public static final String DEBUG_SETTING = "sendap.debug";

	private final PrintStream out;

	private final boolean debug;

	public FailureReport(PrintStream out, boolean debug) {
		this.out = out;
		this.debug = debug;
	}

	/**
	 * The application could not start: the warehouse cannot be opened or migrated, a setting is not
	 * valid, the KPI catalogue has a mistake.
	 * @param databaseUrl the warehouse's URL, or null when start-up failed before the settings were read
	 * @return the exit code: 2 for a setting that is not valid, else 3
	 */
	public int startFailed(Throwable failure, String databaseUrl) {
		BindException setting = DatabaseFailure.cause(failure, BindException.class);
		if (setting != null) {
			print("the settings " + setting.getName() + ".* are not valid: " + rootMessage(failure), failure);
			return Command.USAGE;
		}
		print(DatabaseFailure.ofWarehouse(databaseUrl).explain(failure).orElse("cannot start: " + rootMessage(failure)),
				failure);
		return Command.FAILED;
	}

	/**
	 * A command stopped for a reason other than the files it was given.
	 * @return the exit code, 3
	 */
	int commandStopped(String command, RuntimeException failure, String databaseUrl) {
		String line = failure instanceof CannotRunException ? failure.getMessage()
				: DatabaseFailure.ofWarehouse(databaseUrl)
					.explain(failure)
					.orElse(command + " stopped: " + rootMessage(failure));
		print(line, failure);
		return Command.FAILED;
	}

	private void print(String line, Throwable failure) {
		this.out.println("ERROR  " + line);
		if (this.debug) {
			failure.printStackTrace(this.out);
		}
		this.out.flush();
	}

	/** The first line of the innermost cause's message: what went wrong, without the layers around it. */
	static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("").strip();
		return message.isEmpty() ? root.getClass().getSimpleName() : message;
	}

}
