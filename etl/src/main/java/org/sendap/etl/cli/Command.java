package org.sendap.etl.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One command of {@code java -jar send-etl.jar COMMAND ...}, with the exit codes all commands share.
 */
interface Command {

	/** Done: every file imported (or imported before), or the question answered. */
	int OK = 0;

	/** A file was rejected, or what was asked for is not there. */
	int REJECTED = 1;

	/** The command line was not understood. */
	int USAGE = 2;

	/** The command stopped for a reason other than the files: no database, for instance. */
	int FAILED = 3;

	/** The word that selects the command. */
	String name();

	/** How the command is called, one line per form, e.g. {@code import PATH...}. */
	List<String> synopsis();

	/** What the command does, in a few lines of at most 90 characters. */
	String purpose();

	/**
	 * Runs the command.
	 * @param arguments the words after the command's name (Spring's {@code --a.b=c} settings removed)
	 * @return the exit code
	 */
	int run(List<String> arguments, PrintStream out);

}
