package org.sendap.etl.ees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.pipeline.IndicatorDescription;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.Severity;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.WorkingFolders;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.sendap.etl.testsupport.TimelinessRows;

class EesInspectorTests {

	@TempDir
	Path folder;

	@Test
	void filtersAndIndicatorsAreToldApartByTheirContent() {
		EesInspection inspection = EesInspector.inspect(timelinessExtract());

		assertThat(inspection.layout().filterColumns()).containsExactly("breakdown_topic", "breakdown");
		assertThat(inspection.layout().indicatorColumns()).isEqualTo(TimelinessRows.INDICATORS);
		assertThat(inspection.layout().header()).hasSize(26).startsWith("time_period", "time_identifier");
		assertThat(inspection.rows()).isEqualTo(39);
	}

	@Test
	void datasetIsNamedAfterTheFile() {
		DatasetDescription dataset = EesInspector.inspect(timelinessExtract()).dataset();

		assertThat(dataset.name()).isEqualTo("timeliness_20_week");
		assertThat(dataset.indicators()).extracting(IndicatorDescription::column).isEqualTo(TimelinessRows.INDICATORS);
	}

	@Test
	void metaFileBesideTheDataGivesLabelsUnitsAndDecimals() {
		SourceFile withMeta = SourceFile.onDisk(TestFiles.fixture(Fixtures.TIMELINESS_WITH_META));

		EesInspection inspection = EesInspector.inspect(withMeta);

		assertThat(inspection.layout().filterColumns()).containsExactly("breakdown_topic", "breakdown");
		assertThat(inspection.dataset().indicators()).filteredOn(i -> i.column().equals("pc_plans_issued_within_20_weeks"))
			.containsExactly(new IndicatorDescription("pc_plans_issued_within_20_weeks",
					"EHC plans issued within 20 weeks including exceptions - %", "%", 1));
		assertThat(inspection.dataset().indicators()).filteredOn(i -> i.column().equals("plans_issued_den"))
			.containsExactly(new IndicatorDescription("plans_issued_den",
					"Number of EHC plans issued including exceptions (denominator)", null, 0));
	}

	@Test
	void metaFileDecidesOverTheContent() {
		Path data = copyOfTimelinessExtract("timeliness_20_week.csv");
		TestFiles.write(folder.resolve("timeliness_20_week.meta.csv"), metaDeclaringDenominatorsAsFilters());

		EesInspection inspection = EesInspector.inspect(SourceFile.onDisk(data));

		assertThat(inspection.layout().filterColumns()).containsExactly("breakdown_topic", "breakdown", "plans_issued_den",
				"plans_issued_den_ex");
		assertThat(inspection.layout().indicatorColumns()).hasSize(12)
			.startsWith("plans_issued_within_20_weeks")
			.doesNotContain("plans_issued_den", "plans_issued_den_ex");
	}

	@Test
	void fileWithoutTimePeriodIsRejectedNamingFileAndColumn() {
		SourceFile withoutTimePeriod = SourceFile.onDisk(TestFiles.fixture(Fixtures.WITHOUT_TIME_PERIOD));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> EesInspector.inspect(withoutTimePeriod))
			.satisfies(rejected -> assertThat(rejected.column()).isEqualTo("time_period"))
			.withMessageStartingWith("timeliness_20_week_without_time_period.csv, line 1, column 'time_period': ")
			.withMessageContaining("required column time_period is missing");
	}

	@Test
	void truncatedFileIsRejectedBeforeAnythingIsWritten() {
		SourceFile truncated = SourceFile.onDisk(TestFiles.fixture(Fixtures.TRUNCATED));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> EesInspector.inspect(truncated))
			.withMessageStartingWith("timeliness_20_week_truncated.csv, line ")
			.withMessageContaining("the row has 6 fields but the header has 26 (is the file truncated?)");
	}

	@Test
	void truncatedFileIsReportedAtTheLineThatWasCut() {
		SourceFile truncated = SourceFile.onDisk(TestFiles.fixture(Fixtures.TRUNCATED));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> EesInspector.inspect(truncated))
			.withMessageStartingWith("timeliness_20_week_truncated.csv, line 41: ");
	}

	@Test
	void workbookIsRejected() {
		SourceFile workbook = SourceFile.onDisk(TestFiles.fixture(Fixtures.WORKBOOK));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> EesInspector.inspect(workbook))
			.withMessageStartingWith("la_code_list.xlsx: ")
			.withMessageContaining("not a CSV file");
	}

	@Test
	void textInAColumnOfNumbersIsRejectedNamingTheColumn() {
		List<String> lines = timelinessExtractLines();
		lines.set(4, lines.get(4).replaceFirst(",All EHC plans issued,All EHC plans issued,(\\d+),(\\d+),(\\d+),",
				",All EHC plans issued,All EHC plans issued,$1,$2,about 100,"));
		Path data = TestFiles.write(folder.resolve("timeliness_20_week.csv"), lines);

		List<Finding> findings = EesInspector.inspect(SourceFile.onDisk(data)).findings();

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo(QualityCheck.UNKNOWN_SYMBOL);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.line()).isEqualTo(5);
			assertThat(finding.column()).isEqualTo("plans_issued_within_20_weeks");
			assertThat(finding.value()).isEqualTo("about 100");
			assertThat(finding.message()).contains("found 'about 100' in a column of numbers");
		});
	}

	@Test
	void periodEesDoesNotUseIsRejected() {
		List<String> lines = timelinessExtractLines();
		lines.set(9, lines.get(9).replace("Calendar year", "Calender year"));
		Path data = TestFiles.write(folder.resolve("timeliness_20_week.csv"), lines);

		assertThatExceptionOfType(InputRejectedException.class)
			.isThrownBy(() -> EesInspector.inspect(SourceFile.onDisk(data)))
			.satisfies(rejected -> assertThat(rejected.column()).isEqualTo("time_identifier"))
			.withMessageContaining("time_period '2019' with time_identifier 'Calender year' is not a period EES uses");
	}

	@Test
	void periodThatIsNoneOfTheCalendarIsAWarningNamingTheLineAndItsRowIsLeftOut() {
		List<String> lines = timelinessExtractLines();
		lines.set(9, lines.get(9).replace("2019,Calendar year", "2023,Week 53"));
		Path data = TestFiles.write(folder.resolve("timeliness_20_week.csv"), lines);

		EesInspection inspection = EesInspector.inspect(SourceFile.onDisk(data));

		assertThat(inspection.findings()).containsExactly(new Finding(QualityCheck.IMPOSSIBLE_DATE, Severity.WARNING,
				"timeliness_20_week.csv", null, 10L, "time_identifier", "Week 53", "time_period '2023' with "
						+ "time_identifier 'Week 53' is not a week of the calendar (2023 has 52 ISO weeks); the row is skipped"));
		assertThat(inspection.dataset().releaseLabel()).isEqualTo("data to 2019");
	}

	@Test
	void headerWithoutDataRowsIsRejected() {
		Path data = TestFiles.write(folder.resolve("timeliness_20_week.csv"), List.of(TimelinessRows.HEADER));

		assertThatExceptionOfType(InputRejectedException.class)
			.isThrownBy(() -> EesInspector.inspect(SourceFile.onDisk(data)))
			.withMessageContaining("the file has a header but no data rows");
	}

	@Test
	void columnNamedTwiceWithDifferentValuesIsAnErrorNamingTheFirstLineTheyDiffer() {
		List<String> lines = timelinessExtractLines();
		lines.set(0, lines.get(0).replace("plans_issued_den_ex", "plans_issued_den"));
		Path data = TestFiles.write(folder.resolve("timeliness_20_week.csv"), lines);

		List<Finding> findings = EesInspector.inspect(SourceFile.onDisk(data)).findings();

		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo(QualityCheck.DUPLICATE_COLUMN);
			assertThat(finding.severity()).isEqualTo(Severity.ERROR);
			assertThat(finding.column()).isEqualTo("plans_issued_den");
			assertThat(finding.line()).isGreaterThan(1);
			assertThat(finding.message()).contains("appears twice").contains("differ on this line");
		});
	}

	@Test
	void identicalCopiesOfAColumnAreAWarningAndTheFirstIsRead() {
		List<String> lines = new ArrayList<>();
		for (String line : timelinessExtractLines()) {
			// The 2025 annual_reviews.csv repeats a column this way: same name, same values.
			String last = line.substring(line.lastIndexOf(',') + 1);
			lines.add(line + "," + last);
		}
		Path data = TestFiles.write(folder.resolve("timeliness_20_week.csv"), lines);

		EesInspection inspection = EesInspector.inspect(SourceFile.onDisk(data));

		assertThat(inspection.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.check()).isEqualTo(QualityCheck.DUPLICATE_COLUMN);
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.line()).isEqualTo(1);
			assertThat(finding.message()).contains("identical on every line, so the first is loaded");
		});
		assertThat(inspection.layout().indicatorColumns()).doesNotHaveDuplicates();
	}

	@Test
	void fileInsideAReleaseZipIsDescribedByTheReleaseGuidance() {
		SourceFile senMi = SourceFile.inZip(TestFiles.sampleData(TestFiles.EHCP_2022_ZIP), "data/sen2_mi.csv");

		EesInspection inspection = EesInspector.inspect(senMi);

		assertThat(inspection.rows()).isEqualTo(1294);
		assertThat(inspection.layout().filterColumns()).isEmpty();
		assertThat(inspection.layout().indicatorColumns()).hasSize(50).startsWith("NewallEHC")
			.contains("TotIncExcEHC", "IncExc20weekEHC");
		DatasetDescription dataset = inspection.dataset();
		assertThat(dataset.publication()).isEqualTo("Education, health and care plans");
		assertThat(dataset.releaseLabel()).isEqualTo("2022 Reporting year");
		assertThat(dataset.releaseOrder()).isEqualTo(2022);
		assertThat(dataset.name()).isEqualTo("sen2_mi");
		assertThat(dataset.title()).startsWith("05 - Requests, assessments");
		assertThat(dataset.indicators()).filteredOn(i -> i.column().equals("IncExc20weekEHC"))
			.extracting(IndicatorDescription::label)
			.containsExactly("EHC plans including exceptions issued within 20 weeks");
	}

	@Test
	void fileBesideTheReleaseGuidanceIsDescribedByIt() {
		SourceFile timeliness = SourceFile.onDisk(TestFiles.sampleData(TestFiles.TIMELINESS_2025));

		DatasetDescription dataset = EesInspector.inspect(timeliness).dataset();

		assertThat(dataset.publication()).isEqualTo("Education, health and care plans");
		assertThat(dataset.releaseLabel()).isEqualTo("Reporting year 2025");
		assertThat(dataset.releaseOrder()).isEqualTo(2025);
		assertThat(dataset.title())
			.isEqualTo("Timeliness - education, health and care plans issued within the statutory 20 week timeframe");
	}

	@Test
	void releaseGuidanceDescribesOnlyTheFilesItNames() {
		Path release = this.folder.resolve("children-in-need-2025");
		copyOfGuidanceInto(release);
		Path childrenInNeed = TestFiles.write(release.resolve("b1_children_in_need_2013_to_2025.csv"),
				TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));
		Path timeliness = TestFiles.write(release.resolve("timeliness_20_week.csv"), timelinessExtractLines());

		DatasetDescription notNamed = EesInspector.inspect(SourceFile.onDisk(childrenInNeed)).dataset();
		DatasetDescription named = EesInspector.inspect(SourceFile.onDisk(timeliness)).dataset();

		assertThat(notNamed.publication()).isEqualTo("children-in-need-2025");
		assertThat(notNamed.releaseLabel()).isEqualTo("2025");
		assertThat(notNamed.title()).isEqualTo("b1_children_in_need_2013_to_2025");
		assertThat(named.publication()).isEqualTo("Education, health and care plans");
		assertThat(named.releaseLabel()).isEqualTo("Reporting year 2025");
	}

	@Test
	void guidanceNamingTheFileDescribesItInAnyFolder() {
		Path uploadDay = this.folder.resolve("uploads").resolve("2026-11-23");
		copyOfGuidanceInto(uploadDay);
		Path timeliness = TestFiles.write(uploadDay.resolve("timeliness_20_week.csv"), timelinessExtractLines());

		DatasetDescription dataset = EesInspector.inspect(SourceFile.onDisk(timeliness)).dataset();

		assertThat(dataset.publication()).isEqualTo("Education, health and care plans");
		assertThat(dataset.releaseOrder()).isEqualTo(2025);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "inbox", "inbox/archive/2026-11-23", "inbox/failed", "uploads/2026-11-23",
			"uploads/2026-11-23-2", "Downloads" })
	void workingFolderDoesNotNameTheRelease(String workingFolder) {
		Path data = TestFiles.write(this.folder.resolve(workingFolder).resolve("b1_children_in_need_2013_to_2025.csv"),
				TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));

		DatasetDescription dataset = EesInspector.inspect(SourceFile.onDisk(data)).dataset();

		assertThat(dataset.publication()).isEqualTo("b1_children_in_need_2013_to_2025");
		assertThat(dataset.releaseLabel()).as("the data's latest year, never the upload's").isEqualTo("data to 2025");
		assertThat(dataset.releaseOrder()).isEqualTo(2025);
	}

	@Test
	void inboxDoesNotNameTheReleaseWhateverItIsCalled() throws IOException {
		Path inbox = Files.createDirectories(this.folder.resolve("send-extracts"));
		Files.createFile(inbox.resolve(WorkingFolders.INBOX_LOCK_FILE));
		Path data = TestFiles.write(inbox.resolve("b1_children_in_need_2013_to_2025.csv"),
				TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));

		DatasetDescription dataset = EesInspector.inspect(SourceFile.onDisk(data)).dataset();

		assertThat(dataset.publication()).isEqualTo("b1_children_in_need_2013_to_2025");
	}

	private static SourceFile timelinessExtract() {
		return SourceFile.onDisk(TestFiles.fixture(Fixtures.TIMELINESS_EXTRACT));
	}

	private static List<String> timelinessExtractLines() {
		return new ArrayList<>(TestFiles.lines(TestFiles.fixture(Fixtures.TIMELINESS_EXTRACT)));
	}

	private static void copyOfGuidanceInto(Path folder) {
		TestFiles.write(folder.resolve("data-guidance.txt"),
				TestFiles.lines(TestFiles.sampleData(TestFiles.EHCP_2025_GUIDANCE)));
	}

	private Path copyOfTimelinessExtract(String name) {
		return TestFiles.write(folder.resolve(name), timelinessExtractLines());
	}

	/** A complete meta file, except that it lists the two denominators as filters: only the meta can make them so. */
	private static List<String> metaDeclaringDenominatorsAsFilters() {
		List<String> meta = new ArrayList<>();
		meta.add("col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,filter_grouping_column");
		meta.add("breakdown_topic,Filter,Breakdown topic,,,,,");
		meta.add("breakdown,Filter,Breakdown,,,,,breakdown_topic");
		for (String column : TimelinessRows.INDICATORS) {
			meta.add(column + (column.startsWith("plans_issued_den") ? ",Filter," : ",Indicator,") + column + ",,,,,");
		}
		return meta;
	}

}
