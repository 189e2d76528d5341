package org.sendap.etl.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;

class SourceFinderTests {

	@TempDir
	Path folder;

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
	void linkedFolderIsSearchedToo() throws IOException {
		Path sharedDrive = copyOfChildrenInNeed(this.folder.resolve("shared-drive/children-in-need-2025"));
		Path imports = Files.createDirectories(this.folder.resolve("imports"));
		Files.createSymbolicLink(imports.resolve("children-in-need-2025"), sharedDrive.getParent());

		SourceFinder.Found found = SourceFinder.find(List.of(imports.toString()));

		assertThat(found.files()).extracting(SourceFile::path)
			.containsExactly(imports.resolve("children-in-need-2025").resolve(sharedDrive.getFileName()));
	}

	@Test
	void linkBackToAFolderAboveIsPassedOverAndEachFileListedOnce() throws IOException {
		Path release = this.folder.resolve("children-in-need-2025");
		Path data = copyOfChildrenInNeed(release);
		Files.createSymbolicLink(release.resolve("loop"), this.folder);
		Files.createSymbolicLink(release.resolve("same-file.csv"), data);

		SourceFinder.Found found = SourceFinder.find(List.of(this.folder.toString()));

		assertThat(found.files()).extracting(SourceFile::path).containsExactly(data);
	}

	@Test
	void pathThatDoesNotExistIsReportedMissing() {
		SourceFinder.Found found = SourceFinder.find(List.of("no/such/folder"));

		assertThat(found.files()).isEmpty();
		assertThat(found.missing()).containsExactly("no/such/folder");
	}

	/** A copy of the children in need fixture in the folder; its path. */
	private static Path copyOfChildrenInNeed(Path folder) {
		return TestFiles.write(folder.resolve("b1_children_in_need_2013_to_2025.csv"),
				TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));
	}

}
