package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadFileNameTests {

	@Test
	void nameOfADataFileIsKeptBecauseTheDatasetIsNamedAfterIt() {
		assertThat(UploadFileName.of("sen2_mi.csv")).isEqualTo("sen2_mi.csv");
		assertThat(UploadFileName.of("community_health_2023-03-01 (1).xlsx")).isEqualTo("community_health_2023-03-01 (1).xlsx");
	}

	@Test
	void foldersInTheNameAreDropped() {
		assertThat(UploadFileName.of("../../../etc/passwd")).isEqualTo("passwd");
		assertThat(UploadFileName.of("C:\\Users\\data team\\Downloads\\sen2_mi.csv")).isEqualTo("sen2_mi.csv");
		assertThat(UploadFileName.of("..\\..\\timeliness.csv")).isEqualTo("timeliness.csv");
	}

	@Test
	void nothingLeftOrOnlyDotsBecomesAPlainName() {
		assertThat(UploadFileName.of("..")).isEqualTo(UploadFileName.FALLBACK);
		assertThat(UploadFileName.of("../")).isEqualTo(UploadFileName.FALLBACK);
		assertThat(UploadFileName.of(null)).isEqualTo(UploadFileName.FALLBACK);
		assertThat(UploadFileName.of(".hidden.csv")).isEqualTo("hidden.csv");
	}

	@Test
	void charactersWithAMeaningToFileSystemsOrShellsAreReplaced() {
		assertThat(UploadFileName.of("a<b>|c:d*?\"e$.csv")).isEqualTo("a_b__c_d___e_.csv");
		assertThat(UploadFileName.of("line\nbreak.csv")).isEqualTo("line_break.csv");
	}

	@Test
	void veryLongNameKeepsItsExtension() {
		String name = UploadFileName.of("x".repeat(300) + ".csv");

		assertThat(name).hasSize(200).endsWith("x.csv");
	}

}
