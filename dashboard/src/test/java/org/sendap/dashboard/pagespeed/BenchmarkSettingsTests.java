package org.sendap.dashboard.pagespeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.sendap.dashboard.pagespeed.BenchmarkSettings.Parsed;

class BenchmarkSettingsTests {

	@Test
	void noArgumentsMeanTheDefaults() {
		BenchmarkSettings settings = BenchmarkSettings.parse().settings();

		assertThat(settings.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
		assertThat(settings.users()).isEqualTo(20);
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(60));
		assertThat(settings.warmup()).isEqualTo(Duration.ofSeconds(10));
		assertThat(settings.targetMillis()).isEqualTo(200);
		assertThat(settings.paths()).containsExactly("/", "/kpis/ehcp-issued-20wk");
	}

	@Test
	void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
		Parsed parsed = BenchmarkSettings.parse("--base-url", "http://127.0.0.1:8097/", "--users=5", "/",
				"--duration", "30", "--warmup=0", "--target-ms", "150", "/kpis/ehcp-issued-20wk?area=E06000051");

		assertThat(parsed.exitCode()).isZero();
		BenchmarkSettings settings = parsed.settings();
		assertThat(settings.users()).isEqualTo(5);
		assertThat(settings.duration()).isEqualTo(Duration.ofSeconds(30));
		assertThat(settings.warmup()).isEqualTo(Duration.ZERO);
		assertThat(settings.targetMillis()).isEqualTo(150);
		assertThat(settings.paths()).containsExactly("/", "/kpis/ehcp-issued-20wk?area=E06000051");
		assertThat(settings.uri("/kpis/ehcp-issued-20wk?area=E06000051"))
			.isEqualTo(URI.create("http://127.0.0.1:8097/kpis/ehcp-issued-20wk?area=E06000051"));
	}

	@Test
	void aValueThatIsNotAWholeNumberIsABadArgument() {
		Parsed parsed = BenchmarkSettings.parse("--users", "twenty");

		assertThat(parsed.runs()).isFalse();
		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("--users needs a whole number, not twenty").contains("Usage:");
	}

	@Test
	void noUsersIsABadArgument() {
		Parsed parsed = BenchmarkSettings.parse("--users", "0");

		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("--users must be from 1 to 1000, not 0");
	}

	@Test
	void anUnknownOptionIsNamed() {
		Parsed parsed = BenchmarkSettings.parse("--user", "5");

		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("unknown option --user");
	}

	@Test
	void anOptionWithoutItsValueIsNamed() {
		Parsed parsed = BenchmarkSettings.parse("/", "--duration");

		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("--duration needs a value");
	}

	@Test
	void aPathWithoutItsLeadingSlashIsNamed() {
		Parsed parsed = BenchmarkSettings.parse("kpis/ehcp-issued-20wk");

		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("a page path starts with /, unlike kpis/ehcp-issued-20wk");
	}

	@Test
	void aPathThatMakesNoValidAddressIsNamed() {
		Parsed parsed = BenchmarkSettings.parse("/kpis/ehcp issued");

		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("not a valid address: http://localhost:8080/kpis/ehcp issued");
	}

	@Test
	void aBaseUrlThatIsNotHttpIsNamed() {
		Parsed parsed = BenchmarkSettings.parse("--base-url", "localhost:8080");

		assertThat(parsed.exitCode()).isEqualTo(2);
		assertThat(parsed.message()).contains("--base-url needs an http:// or https:// URL");
	}

	@Test
	void helpIsTheUsageAndNoRun() {
		Parsed parsed = BenchmarkSettings.parse("--users", "5", "--help");

		assertThat(parsed.runs()).isFalse();
		assertThat(parsed.exitCode()).isZero();
		assertThat(parsed.message()).startsWith("Usage:");
	}

	@Test
	void theProgramEndsWithStatusTwoAndTheUsageForABadArgument() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		int exitCode = PageSpeedBenchmark.run(new String[] { "--warmup", "-1" }, print(out), print(err));

		assertThat(exitCode).isEqualTo(2);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--warmup must be from 0")
			.contains("Usage:")
			.doesNotContain("Exception");
	}

	private static PrintStream print(ByteArrayOutputStream bytes) {
		return new PrintStream(bytes, true, StandardCharsets.UTF_8);
	}

}
