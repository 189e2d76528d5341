package org.sendap.dashboard.pagespeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendap.dashboard.pagespeed.LoadRun.PathResult;

/**
 * Runs the load against a small server in the test: it answers {@code /missing} with a 404,
 * {@code /slow} after {@link #SLOW_MILLIS}, and anything else at once with a short page.
 */
class LoadRunTests {

	private static final String KPI_PAGE = "/kpis/ehcp-issued-20wk?area=E06000051";

	private static final long SLOW_MILLIS = 1200;

	private HttpServer server;

	private final Set<String> requested = ConcurrentHashMap.newKeySet();

	@BeforeEach
	void startServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::answer);
		this.server.start();
	}

	@AfterEach
	void stopServer() {
		this.server.stop(0);
	}

	@Test
	void everyPageIsRequestedAndTimedWithoutErrors() throws InterruptedException {
		BenchmarkSettings settings = settings("--users", "2", "--duration", "2", "--warmup", "0", "/", KPI_PAGE);

		LoadRun.Result result = LoadRun.run(settings);

		assertThat(result.paths()).extracting(PathResult::path).containsExactly("/", KPI_PAGE);
		for (PathResult page : result.paths()) {
			assertThat(page.requests()).isPositive();
			assertThat(page.errors()).isZero();
			assertThat(page.firstError()).isEmpty();
			assertThat(page.statusCounts()).containsOnlyKeys(200).containsValue(page.requests());
			assertThat(page.latency()).hasValueSatisfying(latency -> assertThat(latency.count()).isEqualTo(page.requests()));
		}
		assertThat(this.requested).containsExactlyInAnyOrder("/", KPI_PAGE);
		String report = report(settings, result);
		assertThat(report).contains("\n" + KPI_PAGE + "\n")
			.contains("PASS: p95")
			.contains("2, each sending its next request");
		assertThat(PageSpeedBenchmark.printReport(settings, result, print(new ByteArrayOutputStream()))).isTrue();
	}

	@Test
	void aPageThatIsNotFoundCountsErrorsAndFails() throws InterruptedException {
		BenchmarkSettings settings = settings("--users", "1", "--duration", "1", "--warmup", "0", "/missing");

		LoadRun.Result result = LoadRun.run(settings);

		PathResult missing = result.paths().get(0);
		assertThat(missing.requests()).isPositive();
		assertThat(missing.errors()).isEqualTo(missing.requests());
		assertThat(missing.firstError()).hasValue("HTTP 404");
		assertThat(report(settings, result)).contains("statuses   404: " + missing.requests())
			.contains("first error  HTTP 404")
			.contains("FAIL: " + missing.requests() + " errors");
	}

	@Test
	void aRequestSentDuringTheWarmupAndAnsweredAfterItCounts() throws InterruptedException {
		// sent at 0 s, answered at 1.2 s: after the 1 s warm-up; the next, sent at 1.2 s, ends the run
		BenchmarkSettings settings = settings("--users", "1", "--duration", "1", "--warmup", "1", "/slow");

		LoadRun.Result result = LoadRun.run(settings);

		PathResult slow = result.paths().get(0);
		assertThat(slow.requests()).isEqualTo(2);
		assertThat(slow.latency()).hasValueSatisfying(
				latency -> assertThat(latency.minNanos()).isGreaterThanOrEqualTo(SLOW_MILLIS * 1_000_000));
	}

	private BenchmarkSettings settings(String... arguments) {
		List<String> withServer = new ArrayList<>(List.of("--base-url",
				"http://127.0.0.1:" + this.server.getAddress().getPort()));
		withServer.addAll(List.of(arguments));
		return BenchmarkSettings.parse(withServer.toArray(String[]::new)).settings();
	}

	private void answer(HttpExchange exchange) throws IOException {
		this.requested.add(exchange.getRequestURI().toString());
		if (exchange.getRequestURI().getPath().equals("/slow")) {
			sleep(SLOW_MILLIS);
		}
		boolean missing = exchange.getRequestURI().getPath().equals("/missing");
		byte[] body = (missing ? "not found" : "<html><body>page</body></html>").getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(missing ? 404 : 200, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

	private static void sleep(long millis) throws IOException {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted", ex);
		}
	}

	private static String report(BenchmarkSettings settings, LoadRun.Result result) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		PageSpeedBenchmark.printReport(settings, result, print(out));
		return out.toString(StandardCharsets.UTF_8);
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
