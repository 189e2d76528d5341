package org.sendap.dashboard.pagespeed;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.sendap.dashboard.pagespeed.BenchmarkSettings.Parsed;
import org.sendap.dashboard.pagespeed.LoadRun.PathResult;

/**
 * Measures how fast a running dashboard serves its pages under load, and whether each page's p95
 * response time is under a target. A plain program that starts no Spring, run from the dashboard's
 * jar against a dashboard started separately:
 *
 * <pre>
 * java -cp dashboard/target/send-dashboard.jar -Dloader.main=org.sendap.dashboard.pagespeed.PageSpeedBenchmark \
 *     org.springframework.boot.loader.launch.PropertiesLauncher \
 *     --users 20 --duration 60 / '/kpis/ehcp-issued-20wk?area=E06000051'
 * </pre>
 *
 * {@code --help} lists the options ({@link BenchmarkSettings#USAGE}). The report goes to standard
 * output; the exit status is 0 when every page had no error and its p95 under the target, 1 when
 * one did not, 2 for a bad command line. The client shares the machine with the server when both
 * run on one: on few cores, the figures are those of the pair.
 */
public final class PageSpeedBenchmark {

	private static final int PASSED = 0;

	private static final int FAILED = 1;

	private static final String[] COLUMNS = { "requests", "errors", "req/s", "min", "p50", "p90", "p95", "p99", "max" };

	private PageSpeedBenchmark() {
	}

	public static void main(String[] arguments) {
		System.exit(run(arguments, System.out, System.err));
	}

	/** The whole program but its exit, so that tests can run it. */
	static int run(String[] arguments, PrintStream out, PrintStream err) {
		Parsed parsed = BenchmarkSettings.parse(arguments);
		if (!parsed.runs()) {
			(parsed.exitCode() == 0 ? out : err).println(parsed.message());
			return parsed.exitCode();
		}
		BenchmarkSettings settings = parsed.settings();
		// on the error stream, so that standard output holds nothing but the report
		err.printf(Locale.UK, "Requesting %d pages from %s with %d users: %d s of warm-up, then %d s measured ...%n",
				settings.paths().size(), settings.baseUrl(), settings.users(), settings.warmup().toSeconds(),
				settings.duration().toSeconds());
		LoadRun.Result result;
		try {
			result = LoadRun.run(settings);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			err.println("PageSpeedBenchmark: interrupted before the end of the run");
			return FAILED;
		}
		return printReport(settings, result, out) ? PASSED : FAILED;
	}

	/** @return whether every page met the target with no error */
	static boolean printReport(BenchmarkSettings settings, LoadRun.Result result, PrintStream out) {
		out.println("Page speed benchmark");
		out.printf(Locale.UK, "  base URL   %s%n", settings.baseUrl());
		out.printf(Locale.UK, "  users      %d, each sending its next request as soon as it has read the last response%n",
				settings.users());
		out.printf(Locale.UK, "  duration   %d s measured (%.1f s until the last user stopped), after %d s of warm-up%n",
				settings.duration().toSeconds(), result.measuredNanos() / 1e9, settings.warmup().toSeconds());
		out.printf(Locale.UK, "  times      in ms, from sending a request to reading the last byte of its response%n");
		out.printf(Locale.UK, "  target     p95 under %d ms and no errors, for each page%n", settings.targetMillis());
		out.printf(Locale.UK, "  Java       %s (%s), %d available processors%n", Runtime.version(),
				System.getProperty("java.vm.name"), Runtime.getRuntime().availableProcessors());
		boolean allPassed = true;
		for (PathResult page : result.paths()) {
			out.println();
			out.println(page.path());
			printTable(out, List.of(COLUMNS), cells(page, result));
			out.println("  statuses   " + statuses(page.statusCounts()));
			page.firstError().ifPresent(error -> out.println("  first error  " + error));
			String verdict = verdict(page, settings.targetMillis());
			out.println("  " + verdict);
			allPassed &= verdict.startsWith("PASS");
		}
		return allPassed;
	}

	private static List<String> cells(PathResult page, LoadRun.Result result) {
		List<String> counts = List.of(Long.toString(page.requests()), Long.toString(page.errors()),
				String.format(Locale.UK, "%.1f", result.requestsPerSecond(page)));
		return page.latency().map(latency -> concat(counts, List.of(millis(latency.minNanos()),
				millis(latency.percentileNanos(50)), millis(latency.percentileNanos(90)),
				millis(latency.percentileNanos(95)), millis(latency.percentileNanos(99)), millis(latency.maxNanos()))))
			.orElse(concat(counts, List.of("-", "-", "-", "-", "-", "-")));
	}

	/** PASS only when the p95 is under the target and nothing failed; the reason otherwise. */
	private static String verdict(PathResult page, long targetMillis) {
		String errors = page.errors() + (page.errors() == 1 ? " error" : " errors");
		if (page.latency().isEmpty()) {
			return "FAIL: " + (page.errors() > 0 ? errors + " and " : "") + "no response, so no p95";
		}
		long p95 = page.latency().get().percentileNanos(95);
		boolean fastEnough = p95 < targetMillis * 1_000_000;
		String speed = String.format(Locale.UK, "p95 %s ms is %sunder %d ms", millis(p95), fastEnough ? "" : "not ",
				targetMillis);
		if (page.errors() > 0) {
			return "FAIL: " + errors + " (" + speed + ")";
		}
		return (fastEnough ? "PASS: " : "FAIL: ") + speed + (fastEnough ? ", no errors" : "");
	}

	private static String statuses(Map<Integer, Long> statusCounts) {
		if (statusCounts.isEmpty()) {
			return "no response";
		}
		return statusCounts.entrySet()
			.stream()
			.map(status -> status.getKey() + ": " + status.getValue())
			.collect(Collectors.joining(", "));
	}

	/** Headers over values, each column as wide as its wider cell, numbers to the right. */
	private static void printTable(PrintStream out, List<String> headers, List<String> values) {
		StringBuilder headerLine = new StringBuilder();
		StringBuilder valueLine = new StringBuilder();
		for (int i = 0; i < headers.size(); i++) {
			int width = Math.max(headers.get(i).length(), values.get(i).length());
			headerLine.append("  ").append(" ".repeat(width - headers.get(i).length())).append(headers.get(i));
			valueLine.append("  ").append(" ".repeat(width - values.get(i).length())).append(values.get(i));
		}
		out.println(headerLine);
		out.println(valueLine);
	}

	private static String millis(long nanos) {
		return String.format(Locale.UK, "%.1f", nanos / 1e6);
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
