package org.sendap.dashboard.pagespeed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;

/**
 * Runs the users of one benchmark and records what each page answered. Each user is a thread that
 * requests the pages in turn, starting at a different one from the user before it so that all pages
 * are busy from the start, and sends its next request as soon as it has read the whole last
 * response (a closed loop: the load is as high as the server lets it be).
 * <p>
 * A response time runs from just before the request is sent to the last byte of the body read. A
 * redirect is followed, as a browser would, and is part of the time; the status recorded is the
 * final one. A request counts when its response or failure comes after the warm-up, even when it
 * was sent during it: counting by the time sent would drop the requests slow enough to outlast the
 * warm-up, the very ones a benchmark is for. No request is sent after the end, but the ones in
 * flight then are waited for and counted, so the run may last up to {@link #REQUEST_TIMEOUT} longer
 * than asked.
 */
final class LoadRun {

	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	/**
	 * @param measuredNanos from the end of the warm-up until the last user stopped: when the requests
	 * counted were answered
	 */
	record Result(List<PathResult> paths, long measuredNanos) {

		double requestsPerSecond(PathResult path) {
			return path.requests() / (this.measuredNanos / 1e9);
		}

	}

	/**
	 * What one page answered during the measured part of the run.
	 *
	 * @param requests every request counted, answered or not
	 * @param errors requests answered with a status other than 2xx, or not answered at all
	 * @param statusCounts how many responses had each status
	 * @param firstError what went wrong with the first request that failed
	 * @param latency the times of every response, whatever its status (a request that failed without
	 * a response, e.g. a timeout, has none); empty when there was no response
	 */
	record PathResult(String path, long requests, long errors, SortedMap<Integer, Long> statusCounts,
			Optional<String> firstError, Optional<LatencySummary> latency) {
	}

	private LoadRun() {
	}

	static Result run(BenchmarkSettings settings) throws InterruptedException {
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			.followRedirects(HttpClient.Redirect.NORMAL)
			.build();
		List<PathRecorder> pages = settings.paths()
			.stream()
			.map(path -> new PathRecorder(path, request(settings, path)))
			.toList();
		long measuredFrom = System.nanoTime() + settings.warmup().toNanos();
		long endsAt = measuredFrom + settings.duration().toNanos();
		ExecutorService users = Executors.newFixedThreadPool(settings.users(), userThreads());
		for (int user = 0; user < settings.users(); user++) {
			int firstPage = user % pages.size();
			users.execute(() -> requestInTurn(client, pages, firstPage, measuredFrom, endsAt));
		}
		users.shutdown();
		// the last request may be a redirect and the page it leads to, each allowed the whole timeout
		long mostNanos = endsAt - System.nanoTime() + REQUEST_TIMEOUT.multipliedBy(2).toNanos();
		if (!users.awaitTermination(mostNanos, TimeUnit.NANOSECONDS)) {
			users.shutdownNow();
		}
		long measuredNanos = System.nanoTime() - measuredFrom;
		return new Result(pages.stream().map(PathRecorder::result).toList(), measuredNanos);
	}

	private static HttpRequest request(BenchmarkSettings settings, String path) {
		return HttpRequest.newBuilder(settings.uri(path))
			.timeout(REQUEST_TIMEOUT)
			// what a browser asks for, in case a page answers other clients differently
			.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
			.GET()
			.build();
	}

	/** One user's loop. */
	private static void requestInTurn(HttpClient client, List<PathRecorder> pages, int firstPage, long measuredFrom,
			long endsAt) {
		int next = firstPage;
		while (System.nanoTime() < endsAt && !Thread.currentThread().isInterrupted()) {
			PathRecorder page = pages.get(next);
			next = (next + 1) % pages.size();
			long sent = System.nanoTime();
			try {
				HttpResponse<InputStream> response = client.send(page.request(), BodyHandlers.ofInputStream());
				try (InputStream body = response.body()) {
					body.transferTo(OutputStream.nullOutputStream());
				}
				long read = System.nanoTime();
				if (read >= measuredFrom) {
					page.response(response.statusCode(), read - sent);
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (IOException | RuntimeException ex) {
				if (System.nanoTime() >= measuredFrom) {
					page.failure(ex);
				}
			}
		}
	}

	private static ThreadFactory userThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "page-user-" + count.incrementAndGet());
			// so that a user stuck past the end can never keep the program from exiting
			thread.setDaemon(true);
			return thread;
		};
	}

	/** What one page answered, recorded by all users at once. */
	private static final class PathRecorder {

		private final String path;

		private final HttpRequest request;

		private final LongStream.Builder responseNanos = LongStream.builder();

		private final SortedMap<Integer, Long> statusCounts = new TreeMap<>();

		private long requests;

		private long errors;

		private String firstError;

		PathRecorder(String path, HttpRequest request) {
			this.path = path;
			this.request = request;
		}

		HttpRequest request() {
			return this.request;
		}

		synchronized void response(int status, long nanos) {
			this.requests++;
			this.responseNanos.add(nanos);
			this.statusCounts.merge(status, 1L, Long::sum);
			if (status < 200 || status > 299) {
				error("HTTP " + status);
			}
		}

		synchronized void failure(Exception ex) {
			this.requests++;
			// the type says what happened when the message is missing, as it is for a refused connection
			error(ex.getMessage() == null ? ex.getClass().getName() : ex.getClass().getName() + ": " + ex.getMessage());
		}

		private void error(String message) {
			this.errors++;
			if (this.firstError == null) {
				this.firstError = message;
			}
		}

		/** Called once, when the users have stopped. */
		synchronized PathResult result() {
			return new PathResult(this.path, this.requests, this.errors, Collections.unmodifiableSortedMap(new TreeMap<>(this.statusCounts)),
					Optional.ofNullable(this.firstError), LatencySummary.of(this.responseNanos.build().toArray()));
		}

	}

}
