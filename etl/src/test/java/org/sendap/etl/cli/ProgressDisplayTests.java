package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/**
 * What a person sees of a long import: on a terminal a bar redrawn in place with rows per second and
 * time left; elsewhere a plain line now and then. Time is a clock the tests move.
 */
class ProgressDisplayTests {

	private final AtomicLong clock = new AtomicLong();

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

	private final PrintStream out = new PrintStream(this.bytes, true, StandardCharsets.UTF_8);

	@Test
	void meterGivesSpeedAndTimeLeftFromTheRowsSoFar() {
		ProgressMeter meter = new ProgressMeter(25_339, this.clock::get);
		advance(Duration.ofSeconds(4));
		meter.update(1_000);

		assertThat(meter.percent()).isEqualTo("  3%");
		assertThat(meter.rowsDone()).isEqualTo("1,000 of 25,339 rows");
		assertThat(meter.speed()).isEqualTo("250 rows/s");
		// 24,339 rows at 250 a second: 97 seconds
		assertThat(meter.timeLeft()).isEqualTo("1:37 left");
	}

	@Test
	void meterPromisesNoTimeLeftInItsFirstSecond() {
		ProgressMeter meter = new ProgressMeter(100, this.clock::get);
		advance(Duration.ofMillis(300));
		meter.update(10);

		assertThat(meter.speed()).isEmpty();
		assertThat(meter.timeLeft()).isEmpty();
	}

	@Test
	void longWaitsAreWrittenWithHours() {
		assertThat(ProgressMeter.clock(59)).isEqualTo("0:59");
		assertThat(ProgressMeter.clock(3_725)).isEqualTo("1:02:05");
	}

	@Test
	void barIsRedrawnInPlaceAndWipedWhenTheFileIsDone() {
		ProgressBar bar = new ProgressBar(this.out, this.clock::get);
		bar.inspecting("caseload.csv");
		bar.loading("caseload.csv", 1_000);
		advance(Duration.ofSeconds(2));
		bar.loaded("caseload.csv", 500, 1_000);
		String halfway = printed();
		bar.finished("caseload.csv");

		assertThat(halfway).startsWith("\rcaseload.csv  checking the whole file before loading it...")
			.endsWith("\rcaseload.csv  [############............]   50%  500 of 1,000 rows  250 rows/s  0:02 left")
			.doesNotContain("\n");
		String wiped = printed().substring(halfway.length());
		assertThat(wiped).isEqualTo("\r" + " ".repeat(halfway.length() - halfway.lastIndexOf('\r') - 1) + "\r");
	}

	@Test
	void barIsNotRedrawnMoreThanFiveTimesASecond() {
		ProgressBar bar = new ProgressBar(this.out, this.clock::get);
		bar.loading("caseload.csv", 1_000);
		int drawn = printed().length();
		advance(Duration.ofMillis(50));
		bar.loaded("caseload.csv", 100, 1_000);

		assertThat(printed()).hasSize(drawn);
		advance(Duration.ofMillis(200));
		bar.loaded("caseload.csv", 200, 1_000);
		assertThat(printed()).hasSizeGreaterThan(drawn).endsWith("200 of 1,000 rows");
	}

	@Test
	void plainLinesComeEveryIntervalAndNotForQuickFiles() {
		ProgressLines lines = new ProgressLines(this.out, Duration.ofSeconds(10), this.clock::get);
		lines.loading("quick.csv", 100);
		advance(Duration.ofSeconds(3));
		lines.loaded("quick.csv", 100, 100);
		lines.finished("quick.csv");
		assertThat(printed()).isEmpty();

		lines.loading("caseload.csv", 25_339);
		advance(Duration.ofSeconds(5));
		lines.loaded("caseload.csv", 2_000, 25_339);
		advance(Duration.ofSeconds(5));
		lines.loaded("caseload.csv", 4_000, 25_339);
		advance(Duration.ofSeconds(5));
		lines.loaded("caseload.csv", 6_000, 25_339);

		assertThat(printed()).isEqualTo("caseload.csv: 4,000 of 25,339 rows (15%), 400 rows/s, 0:53 left\n");
	}

	private void advance(Duration duration) {
		this.clock.addAndGet(duration.toNanos());
	}

	private String printed() {
		return this.bytes.toString(StandardCharsets.UTF_8);
	}

}
