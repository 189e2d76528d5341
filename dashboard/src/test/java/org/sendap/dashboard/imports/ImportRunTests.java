package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class ImportRunTests {

	private static ImportRun failed(String file, String message) {
		return new ImportRun(10, file, "930be4075820aa1d5ac3fd1d2f5d1ba4d5b0a3a1b0e1f8f0a7e2b59e3c1d2e3f", "not recognised",
				"upload", null, null, null, ImportRun.FAILED, Instant.EPOCH, Instant.EPOCH, 0, 0, 0, 0, 0, message, null,
				List.of(), "/srv/sendap/uploads/2026-11-23/" + file, null);
	}

	@Test
	void headlineOfAFailureLeavesOutTheFileNameAndTheListItIntroduces() {
		ImportRun run = failed("staff-list.csv", "staff-list.csv: this is a CSV file whose header is: name, team; it is "
				+ "not in a layout this product imports. Supported layouts:\n  - DfE Explore Education Statistics tidy CSV");

		assertThat(run.messageHeadline()).isEqualTo(
				"this is a CSV file whose header is: name, team; it is not in a layout this product imports.");
	}

	@Test
	void headlineOfALongMessageIsShortened() {
		ImportRun run = failed("sen2_mi.csv", "sen2_mi.csv, line 12: " + "x".repeat(300));

		assertThat(run.messageHeadline()).hasSize(160).startsWith("sen2_mi.csv, line 12: xxx").endsWith("…");
	}

	@Test
	void shortChecksumIsTheFirstTwelveCharacters() {
		assertThat(failed("a.csv", null).shortSha256()).isEqualTo("930be4075820");
		assertThat(failed("a.csv", null).messageHeadline()).isNull();
	}

}
