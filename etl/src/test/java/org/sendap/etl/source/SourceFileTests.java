package org.sendap.etl.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.sendap.etl.testsupport.TestFiles;

class SourceFileTests {

	@Test
	void zipEntryLocatorRoundTrips() {
		Path zip = TestFiles.sampleData(TestFiles.EHCP_2022_ZIP);
		SourceFile senMi = SourceFile.inZip(zip, "data/sen2_mi.csv");

		SourceFile again = SourceFile.fromLocator(senMi.locator());

		assertThat(again).isEqualTo(senMi);
		assertThat(again.isZipEntry()).isTrue();
		assertThat(again.displayName()).isEqualTo("education-health-and-care-plans_2022.zip!data/sen2_mi.csv");
		assertThat(again.fileName()).isEqualTo("sen2_mi.csv");
		assertThat(again.stem()).isEqualTo("sen2_mi");
	}

	@Test
	void fileOnDiskLocatorIsItsAbsolutePath() {
		Path timeliness = TestFiles.sampleData(TestFiles.TIMELINESS_2025);

		SourceFile source = SourceFile.fromLocator(timeliness.toString());

		assertThat(source.isZipEntry()).isFalse();
		assertThat(source.locator()).isEqualTo(timeliness.toAbsolutePath().normalize().toString());
		assertThat(source.displayName()).isEqualTo("timeliness_20_week.csv");
	}

	@Test
	void sameContentHasTheSameChecksumWhereverItIs() {
		SourceFile timeliness = SourceFile.onDisk(TestFiles.sampleData(TestFiles.TIMELINESS_2025));

		assertThat(timeliness.sha256()).isEqualTo("6720f74f5e4e32efecd27ca4335805c9fb766a07f4b661284ec06f4d4df6ef13");
	}

	@Test
	void releaseGuidanceBesideAFileIsFound() {
		SourceFile timeliness = SourceFile.onDisk(TestFiles.sampleData(TestFiles.TIMELINESS_2025));

		assertThat(timeliness.sibling("data-guidance.txt")).map(SourceFile::fileName).hasValue("data-guidance.txt");
		assertThat(timeliness.sibling("timeliness_20_week.meta.csv")).isEmpty();
	}

	@Test
	void missingZipEntryIsRejectedNamingIt() {
		SourceFile missing = SourceFile.inZip(TestFiles.sampleData(TestFiles.EHCP_2022_ZIP), "data/no_such_file.csv");

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(missing::open)
			.withMessageContaining("education-health-and-care-plans_2022.zip!data/no_such_file.csv")
			.withMessageContaining("the zip has no entry named data/no_such_file.csv");
	}

}
