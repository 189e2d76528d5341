package org.sendap.etl.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options and plain words of one command: {@code --name VALUE} or {@code --name=VALUE} for an
 * option with a value, {@code --name} for a switch. An option the command does not know, or one
 * missing its value, is a usage error.
 */
final class CommandArguments {

	private final Map<String, String> values;

	private final Set<String> switches;

	private final List<String> words;

	private CommandArguments(Map<String, String> values, Set<String> switches, List<String> words) {
		this.values = values;
		this.switches = switches;
		this.words = words;
	}

	/**
	 * @param valueOptions options that take a value, e.g. {@code --inbox}
	 * @param switchOptions options that take none, e.g. {@code --once}
	 * @throws UsageException when the arguments do not fit
	 */
	static CommandArguments parse(List<String> arguments, Set<String> valueOptions, Set<String> switchOptions) {
		Map<String, String> values = new HashMap<>();
		Set<String> switches = new HashSet<>();
		List<String> words = new ArrayList<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--")) {
				words.add(argument);
				continue;
			}
			int equals = argument.indexOf('=');
			String name = equals < 0 ? argument : argument.substring(0, equals);
			if (switchOptions.contains(name) && equals < 0) {
				switches.add(name);
			}
			else if (valueOptions.contains(name)) {
				String value;
				if (equals >= 0) {
					value = argument.substring(equals + 1);
				}
				else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
					value = arguments.get(++i);
				}
				else {
					throw new UsageException(name + " needs a value");
				}
				if (values.putIfAbsent(name, value) != null) {
					throw new UsageException(name + " is given twice");
				}
			}
			else {
				throw new UsageException("unknown option " + name);
			}
		}
		return new CommandArguments(values, switches, words);
	}

	Optional<String> value(String option) {
		return Optional.ofNullable(this.values.get(option));
	}

	boolean isSet(String option) {
		return this.switches.contains(option);
	}

	/** The words that are not options, in order. */
	List<String> words() {
		return this.words;
	}

	/** The command line does not fit the command; the message says what is wrong. */
	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
