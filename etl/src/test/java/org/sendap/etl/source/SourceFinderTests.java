package org.sendap.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sendap.etl.testsupport.TestFiles;

class SourceFinderTests {

	@Test
	void releaseZipContributesItsCsvDataFiles() {
		Path zip = TestFiles.sampleData(TestFiles.EHCP_2022_ZIP);

		SourceFinder.Found found = SourceFinder.find(List.of(zip.toString()));

		assertThat(found.files()).extracting(SourceFile::entry)
			.containsExactly("data/sen2_age_caseload.csv", "data/sen2_age_new_plans.csv", "data/sen2_estab_caseload.csv",
					"data/sen2_estab_new_plans.csv", "data/sen2_mi.csv", "data/sen2_wbp_residential_dmo.csv");
		assertThat(found.missing()).isEmpty();
	}

	@Test
	void folderIsSearchedWithItsSubFoldersAndGuidanceIsNotImportedAsData() {
		Path sampleData = TestFiles.repositoryRoot().resolve("sample-data");

		SourceFinder.Found found = SourceFinder.find(List.of(sampleData.toString()));

		assertThat(found.files()).extracting(SourceFile::fileName)
			.contains("sen2_mi.csv", "timeliness_20_week.csv", "community_health_2023-09-01.xlsx",
					"AutismStatsDec22_subICB_extract.csv")
			.doesNotContain("data-guidance.txt");
		assertThat(found.ignored()).extracting(path -> path.getFileName().toString())
			.doesNotContain("data-guidance.txt", "timeliness_20_week.csv");
	}

	@Test
	void pathThatDoesNotExistIsReportedMissing() {
		SourceFinder.Found found = SourceFinder.find(List.of("no/such/folder"));

		assertThat(found.files()).isEmpty();
		assertThat(found.missing()).containsExactly("no/such/folder");
	}

}
