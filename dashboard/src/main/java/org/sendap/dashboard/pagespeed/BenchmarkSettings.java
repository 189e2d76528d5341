package org.sendap.dashboard.pagespeed;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one run of {@link PageSpeedBenchmark} measures, read from its command line.
 *
 * @param baseUrl where the dashboard runs, without a trailing slash
 * @param paths the pages, each a path with an optional query, in the order the users request them
 * @param users how many users send requests at once
 * @param duration how long requests are measured
 * @param warmup how long requests are sent, and not measured, before that, while the server's and
 * this program's code is compiled and their caches fill
 * @param targetMillis the p95 response time each page must stay under
 */
record BenchmarkSettings(URI baseUrl, List<String> paths, int users, Duration duration, Duration warmup,
		long targetMillis) {

	static final String USAGE = """
			Usage: PageSpeedBenchmark [OPTION]... [PATH]...
			Sends GET requests for each PATH from several users at once, each user sending its next
			request as soon as it has read the last response, and reports the response times per PATH.
			PATH is a page's path with an optional query, e.g. '/kpis/ehcp-issued-20wk?area=E06000051';
			without one, / and /kpis/ehcp-issued-20wk.

			  --base-url URL      where the dashboard runs (default http://localhost:8080)
			  --users N           users sending requests at once (default 20)
			  --duration SECONDS  how long requests are measured (default 60)
			  --warmup SECONDS    how long requests are sent, and not measured, before (default 10)
			  --target-ms MS      the p95 response time each PATH must stay under (default 200)
			  --help              print this and exit

			Exit status: 0 when every PATH had no error and its p95 under the target, 1 otherwise,
			2 for a bad command line.""";

	static final URI DEFAULT_BASE_URL = URI.create("http://localhost:8080");

	static final List<String> DEFAULT_PATHS = List.of("/", "/kpis/ehcp-issued-20wk");

	/** Each user is a thread: a mistyped count should not start a hundred thousand. */
	private static final int MOST_USERS = 1000;

	private static final Set<String> OPTIONS = Set.of("--base-url", "--users", "--duration", "--warmup",
			"--target-ms");

	/** The address of one of the pages. */
	URI uri(String path) {
		return URI.create(this.baseUrl + path);
	}

	/**
	 * Reads {@code --name VALUE} or {@code --name=VALUE} options and paths, in any order. Never
	 * exits: what to do with a bad command line is the caller's choice.
	 */
	static Parsed parse(String... arguments) {
		if (List.of(arguments).contains("--help")) {
			return Parsed.help();
		}
		try {
			return Parsed.run(read(List.of(arguments)));
		}
		catch (BadArgument bad) {
			return Parsed.badArgument(bad.getMessage());
		}
	}

	private static BenchmarkSettings read(List<String> arguments) {
		URI baseUrl = DEFAULT_BASE_URL;
		int users = 20;
		long durationSeconds = 60;
		long warmupSeconds = 10;
		long targetMillis = 200;
		List<String> paths = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("-")) {
				paths.add(path(argument));
				continue;
			}
			int equals = argument.indexOf('=');
			String option = equals < 0 ? argument : argument.substring(0, equals);
			if (!OPTIONS.contains(option)) {
				throw new BadArgument("unknown option " + option);
			}
			if (!seen.add(option)) {
				throw new BadArgument(option + " is given twice");
			}
			String value;
			if (equals >= 0) {
				value = argument.substring(equals + 1);
			}
			else if (i + 1 < arguments.size() && !arguments.get(i + 1).startsWith("--")) {
				value = arguments.get(++i);
			}
			else {
				throw new BadArgument(option + " needs a value");
			}
			switch (option) {
				case "--base-url" -> baseUrl = baseUrl(value);
				case "--users" -> users = (int) whole(option, value, 1, MOST_USERS);
				case "--duration" -> durationSeconds = whole(option, value, 1, Integer.MAX_VALUE);
				case "--warmup" -> warmupSeconds = whole(option, value, 0, Integer.MAX_VALUE);
				case "--target-ms" -> targetMillis = whole(option, value, 1, Integer.MAX_VALUE);
				default -> throw new IllegalStateException("option without a case: " + option);
			}
		}
		BenchmarkSettings settings = new BenchmarkSettings(baseUrl, paths.isEmpty() ? DEFAULT_PATHS : List.copyOf(paths),
				users, Duration.ofSeconds(durationSeconds), Duration.ofSeconds(warmupSeconds), targetMillis);
		settings.paths().forEach(path -> checkAddress(settings, path));
		return settings;
	}

	private static String path(String argument) {
		if (!argument.startsWith("/")) {
			throw new BadArgument("a page path starts with /, unlike " + argument);
		}
		return argument;
	}

	private static URI baseUrl(String value) {
		URI uri;
		try {
			uri = new URI(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
		}
		catch (URISyntaxException ex) {
			throw new BadArgument("--base-url is not a URL: " + value);
		}
		boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
		if (!web || uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
			throw new BadArgument("--base-url needs an http:// or https:// URL with a host and no query, not " + value);
		}
		return uri;
	}

	private static void checkAddress(BenchmarkSettings settings, String path) {
		try {
			settings.uri(path);
		}
		catch (IllegalArgumentException ex) {
			throw new BadArgument("not a valid address: " + settings.baseUrl() + path
					+ " (characters such as spaces must be %-encoded)");
		}
	}

	private static long whole(String option, String value, long least, long most) {
		long number;
		try {
			number = Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new BadArgument(option + " needs a whole number, not " + value);
		}
		if (number < least || number > most) {
			throw new BadArgument(option + " must be from " + least + " to " + most + ", not " + value);
		}
		return number;
	}

	/**
	 * The command line read: settings to run with, or a message to print and the exit status to end
	 * with.
	 */
	record Parsed(BenchmarkSettings settings, String message, int exitCode) {

		static final int BAD_ARGUMENTS = 2;

		static Parsed run(BenchmarkSettings settings) {
			return new Parsed(settings, null, 0);
		}

		static Parsed badArgument(String problem) {
			return new Parsed(null, "PageSpeedBenchmark: " + problem + "\n\n" + USAGE, BAD_ARGUMENTS);
		}

		static Parsed help() {
			return new Parsed(null, USAGE, 0);
		}

		boolean runs() {
			return this.settings != null;
		}

	}

	/** The command line does not fit; the message names the argument. */
	private static final class BadArgument extends RuntimeException {

		BadArgument(String message) {
			super(message, null, false, false);
		}

	}

}
