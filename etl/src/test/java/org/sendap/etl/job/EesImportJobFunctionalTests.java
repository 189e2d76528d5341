package org.sendap.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.or;
import static org.jooq.impl.DSL.selectOne;
import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.COMPARATOR_GROUP;
import static org.sendap.warehouse.Tables.COMPARATOR_MEMBER;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_CHECK;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.IMPORT_SKIP;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.LA_ICB;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.catalogue.KpiCatalogueLoader;
import org.sendap.etl.job.ImportOutcome.Result;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.QualityFindings;
import org.sendap.etl.quality.Severity;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceFinder;
import org.sendap.etl.testsupport.ImportOwners;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.sendap.etl.testsupport.TimelinessRows;
import org.sendap.warehouse.tables.records.ImportRunRecord;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The EES import job against a real warehouse schema, run once per database (subclasses choose
 * it). The sample data the product ships (the 2022 EHC plans release zip and the 2025 20-week
 * timeliness file, about 1.2 million facts) is imported once for the class; each test then checks
 * the warehouse, or imports a small real-derived file and checks what changed.
 * <p>
 * Rejected files are the point of several tests: the stack traces that Spring Batch, jOOQ and the
 * importer log for them are kept out of the build output. The command line's own output is
 * checked, unfiltered, in {@code ImportCommandTests}.
 */
@SpringBootTest(classes = EtlApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF",
				"logging.level.org.sendap.etl.job.FileImporter=ERROR" })
@SpringBatchTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
abstract class EesImportJobFunctionalTests {

	private static final String SHROPSHIRE = "E06000051";

	private static final String ENGLAND = "E92000001";

	private static final Map<String, String> ALL_EHC_PLANS_ISSUED = Map.of("breakdown_topic", "All EHC plans issued",
			"breakdown", "All EHC plans issued");

	private static final Map<String, String> CHILDREN_IN_NEED = Map.of("category", "Children in Need");

	@Autowired
	private FileImporter importer;

	@Autowired
	private ReferenceDataLoader referenceData;

	@Autowired
	private DSLContext dsl;

	@Autowired
	private JobRepository jobRepository;

	@Autowired
	private ImportHistory history;

	@Autowired
	private QualityFindings findings;

	@TempDir
	Path folder;

	private ReferenceDataLoader.Loaded referenceLoaded;

	private Map<String, Integer> areasByLevelAfterReferenceData;

	private List<ImportOutcome> sampleDataOutcomes;

	private ImportOutcome districtRowsOutcome;

	private List<String> neighbourGroupsAfterTheSampleData;

	@BeforeAll
	void loadReferenceDataAndImportTheSampleData() {
		this.referenceLoaded = this.referenceData.load();
		this.areasByLevelAfterReferenceData = areasByLevel();
		this.sampleDataOutcomes = this.importer.importAll(sampleDataFiles());
		this.neighbourGroupsAfterTheSampleData = this.dsl.select(COMPARATOR_GROUP.GROUP_CODE)
			.from(COMPARATOR_GROUP)
			.fetch(COMPARATOR_GROUP.GROUP_CODE);
	}

	// --- the sample data

	@Test
	void everySampleDataFileIsImported() {
		assertThat(this.sampleDataOutcomes).extracting(ImportOutcome::file)
			.containsExactly("education-health-and-care-plans_2022.zip!data/sen2_age_caseload.csv",
					"education-health-and-care-plans_2022.zip!data/sen2_age_new_plans.csv",
					"education-health-and-care-plans_2022.zip!data/sen2_estab_caseload.csv",
					"education-health-and-care-plans_2022.zip!data/sen2_estab_new_plans.csv",
					"education-health-and-care-plans_2022.zip!data/sen2_mi.csv",
					"education-health-and-care-plans_2022.zip!data/sen2_wbp_residential_dmo.csv", "timeliness_20_week.csv");
		assertThat(this.sampleDataOutcomes).allSatisfy(outcome -> assertThat(outcome.result())
			.as("%s: %s", outcome.file(), outcome.message())
			.isEqualTo(Result.IMPORTED));
	}

	@Test
	void senMiWritesOneFactPerIndicatorCell() {
		ImportRunRecord run = completedImport("sen2_mi.csv");

		assertThat(run.getRowsRead()).isEqualTo(1_294);
		assertThat(run.getFactsWritten()).isEqualTo(64_700);
		assertThat(run.getRowsSkipped()).isZero();
		assertThat(this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(run.getImportId()))).isEqualTo(64_700);
		assertThat(outcome("education-health-and-care-plans_2022.zip!data/sen2_mi.csv").summary())
			.satisfies(summary -> {
				assertThat(summary.rowsRead()).isEqualTo(1_294);
				assertThat(summary.factsWritten()).isEqualTo(64_700);
			});
	}

	@Test
	void timelinessWritesOneFactPerIndicatorCell() {
		ImportRunRecord run = completedImport("timeliness_20_week.csv");

		assertThat(run.getRowsRead()).isEqualTo(12_211);
		assertThat(run.getFactsWritten()).isEqualTo(170_954);
		assertThat(run.getRowsSkipped()).isZero();
		assertThat(this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(run.getImportId()))).isEqualTo(170_954);
	}

	@Test
	void releaseAndDatasetAreRecordedFromTheReleaseGuidance() {
		ImportOutcome timeliness = outcome("timeliness_20_week.csv");

		assertThat(timeliness.dataset())
			.isEqualTo("timeliness_20_week (Education, health and care plans, Reporting year 2025)");
		assertThat(outcome("education-health-and-care-plans_2022.zip!data/sen2_mi.csv").dataset())
			.isEqualTo("sen2_mi (Education, health and care plans, 2022 Reporting year)");
	}

	@Test
	void shropshireTimelinessIn2023IsExact() {
		assertThat(value("timeliness_20_week", "plans_issued_within_20_weeks", SHROPSHIRE, "2023", ALL_EHC_PLANS_ISSUED))
			.isEqualByComparingTo("253");
		assertThat(value("timeliness_20_week", "plans_issued_den", SHROPSHIRE, "2023", ALL_EHC_PLANS_ISSUED))
			.isEqualByComparingTo("666");
		assertThat(value("timeliness_20_week", "pc_plans_issued_within_20_weeks", SHROPSHIRE, "2023",
				ALL_EHC_PLANS_ISSUED))
			.isEqualByComparingTo("38");
	}

	@Test
	void englandTimelinessIn2023IsExact() {
		assertThat(value("timeliness_20_week", "plans_issued_within_20_weeks", ENGLAND, "2023", ALL_EHC_PLANS_ISSUED))
			.isEqualByComparingTo("39784");
		assertThat(value("timeliness_20_week", "plans_issued_den", ENGLAND, "2023", ALL_EHC_PLANS_ISSUED))
			.isEqualByComparingTo("80945");
	}

	@Test
	void shropshireSenMiIn2018IsExact() {
		assertThat(value("sen2_mi", "IncExc20weekEHC", SHROPSHIRE, "2018", Map.of())).isEqualByComparingTo("107");
		assertThat(value("sen2_mi", "TotIncExcEHC", SHROPSHIRE, "2018", Map.of())).isEqualByComparingTo("136");
		assertThat(value("sen2_mi", "IncExc20weekRate", SHROPSHIRE, "2018", Map.of()))
			.isEqualTo(new BigDecimal("78.700000000000"));
	}

	@Test
	void suppressedCellStaysSuppressed() {
		FactValue suppressed = fact("timeliness_20_week", "plans_issued_gt20weeks_ltYear", SHROPSHIRE, "2019",
				ALL_EHC_PLANS_ISSUED);

		assertThat(suppressed).isEqualTo(new FactValue(null, "x"));
	}

	@Test
	void notApplicableCellStaysNotApplicable() {
		assertThat(fact("sen2_mi", "Assnone", SHROPSHIRE, "2018", Map.of())).isEqualTo(new FactValue(null, "z"));
	}

	@Test
	void periodsAreNormalisedToDates() {
		var period = this.dsl.selectFrom(PERIOD)
			.where(PERIOD.SOURCE_PERIOD.eq("2023").and(PERIOD.TIME_IDENTIFIER.eq("Calendar year")))
			.fetchSingle();

		assertThat(period.getStartDate()).hasToString("2023-01-01");
		assertThat(period.getEndDate()).hasToString("2023-12-31");
		assertThat(period.getGranularity()).isEqualTo("calendar_year");
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() {
		Map<String, Integer> before = rowCounts();

		List<ImportOutcome> again = this.importer.importAll(sampleDataFiles());

		assertThat(again).hasSize(7).allSatisfy(outcome -> assertThat(outcome.result()).isEqualTo(Result.ALREADY_IMPORTED));
		assertThat(again).extracting(ImportOutcome::earlierImport)
			.containsExactlyElementsOf(this.sampleDataOutcomes.stream().map(o -> o.summary().importId()).toList());
		assertThat(rowCounts()).isEqualTo(before);
	}

	// --- files that are rejected

	Stream<Arguments> brokenFiles() {
		return Stream.of(
				Arguments.of(Fixtures.WITHOUT_TIME_PERIOD,
						List.of("timeliness_20_week_without_time_period.csv", "column 'time_period'",
								"required column time_period is missing")),
				Arguments.of(Fixtures.TRUNCATED,
						List.of("timeliness_20_week_truncated.csv, line ", "the row has 6 fields but the header has 26",
								"truncated")),
				Arguments.of(Fixtures.WORKBOOK,
						List.of("la_code_list.xlsx", "this is an Excel workbook (.xlsx) with none of the tables this product imports",
								"Supported layouts:", "DfE Explore Education Statistics tidy CSV",
								"NHS England Community Health Services waiting lists")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenFiles")
	void brokenFileIsRejectedAndLeavesTheWarehouseAsItWas(String fixture, List<String> messageParts) {
		SourceFile broken = SourceFile.onDisk(TestFiles.fixture(fixture));
		Map<String, Integer> before = rowCounts();

		ImportOutcome outcome = this.importer.importFile(broken);

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.file()).isEqualTo(broken.displayName());
		assertThat(outcome.message()).startsWith(broken.displayName()).contains(messageParts);
		ImportRunRecord run = lastImport(broken.fileName());
		assertThat(outcome.importId()).as("the rejected import, to link to").isEqualTo(run.getImportId());
		assertThat(run.getStatus()).isEqualTo(ImportHistory.FAILED);
		assertThat(run.getMessage()).isEqualTo(outcome.message());
		assertThat(run.getFactsWritten()).isZero();
		assertThat(jobStatus(run)).isEqualTo(BatchStatus.FAILED);
		Map<String, Integer> expected = new LinkedHashMap<>(before);
		expected.merge("import_run", 1, Integer::sum);
		assertThat(rowCounts()).isEqualTo(expected);
	}

	@Test
	void fileFailingAfterSomeChunksWereWrittenLeavesNoFacts() {
		SourceFile duplicated = timelinessWithARowRepeatedAfterTwoThousandRows("repeated-row");
		int factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(duplicated);

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).startsWith("timeliness_20_week.csv, line 2002: ");
		ImportRunRecord run = lastImport("timeliness_20_week.csv");
		assertThat(run.getStatus()).isEqualTo(ImportHistory.FAILED);
		assertThat(jobStatus(run)).isEqualTo(BatchStatus.FAILED);
		assertThat(this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(run.getImportId()))).isZero();
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		assertThat(value("timeliness_20_week", "plans_issued_within_20_weeks", SHROPSHIRE, "2023", ALL_EHC_PLANS_ISSUED))
			.as("the earlier import still counts").isEqualByComparingTo("253");
	}

	@Test
	void repeatedRowIsRejectedNamingItsLine() {
		SourceFile duplicated = timelinessWithARowRepeatedAfterTwoThousandRows("repeated-row-message");

		ImportOutcome outcome = this.importer.importFile(duplicated);

		assertThat(outcome.message()).startsWith("timeliness_20_week.csv, line 2002");
	}

	@Test
	void fileFailingDuringTheLoadLeavesNoDatasetBehind() {
		SourceFile duplicated = timelinessWithARowRepeatedAfterTwoThousandRows("repeated-row-in-a-new-release");
		Map<String, Integer> before = rowCounts();

		this.importer.importFile(duplicated);

		Map<String, Integer> expected = new LinkedHashMap<>(before);
		expected.merge("import_run", 1, Integer::sum);
		assertThat(rowCounts()).isEqualTo(expected);
	}

	@Test
	void importInterruptedByACrashIsRemovedBeforeTheNextImport() {
		long interrupted = this.history.start("b1_children_in_need_2013_to_2025.csv", "/data/inbox/b1.csv",
				"0".repeat(64), "ees-csv");
		ImportOwners.deadProcessOnThisHost(this.dsl, interrupted);
		copyFactsOfCompletedImportTo(completedImport("sen2_mi.csv").getImportId(), interrupted, 10);
		int factsBefore = this.dsl.fetchCount(FACT);

		this.importer.importAll(List.of());

		ImportRunRecord run = this.dsl.fetchSingle(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(interrupted));
		assertThat(run.getStatus()).isEqualTo(ImportHistory.FAILED);
		assertThat(run.getMessage()).isEqualTo("interrupted before it finished; its partial data was removed");
		assertThat(this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(interrupted))).isZero();
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore - 10);
	}

	// --- a newer version of a dataset

	@Test
	void revisedFileSupersedesTheEarlierImportWhichStaysTraceable() {
		SourceFile first = childrenInNeedIn("first", TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025)));
		SourceFile revised = childrenInNeedIn("revised", TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025))
			.stream()
			.map(line -> line.contains(",Shropshire,") ? line.replace(",2209,", ",2210,") : line)
			.toList());
		ImportOutcome firstOutcome = this.importer.importFile(first);

		ImportOutcome revisedOutcome = this.importer.importFile(revised);

		assertThat(revisedOutcome.result()).as(revisedOutcome.message()).isEqualTo(Result.IMPORTED);
		assertThat(revisedOutcome.summary().supersededImport()).isEqualTo(firstOutcome.summary().importId());
		ImportRunRecord earlier = this.dsl.fetchSingle(IMPORT_RUN,
				IMPORT_RUN.IMPORT_ID.eq(firstOutcome.summary().importId()));
		assertThat(earlier.getStatus()).isEqualTo(ImportHistory.SUPERSEDED);
		assertThat(earlier.getSupersededBy()).isEqualTo(revisedOutcome.summary().importId());
		assertThat(this.dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(earlier.getImportId()))).isEqualTo(165 * 8);
		assertThat(value("b1_children_in_need_2013_to_2025", "At31_episodes", SHROPSHIRE, "2025", CHILDREN_IN_NEED,
				"children-in-need-revised"))
			.isEqualByComparingTo("2210");
	}

	// --- breakdown rows against their totals

	@Test
	void breakdownRowsThatDoNotAddUpToTheirTotalAreAWarningOnTheTotalRow() {
		SourceFile partAstray = SourceFile.onDisk(TestFiles.fixture(Fixtures.AGE_CASELOAD_WITH_A_PART_ASTRAY));

		ImportOutcome outcome = this.importer.importFile(partAstray);

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		assertThat(outcome.summary().factsWritten()).isEqualTo(96 * 6);
		assertThat(breakdownSumFindings(outcome)).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.WARNING);
			assertThat(finding.place()).isEqualTo("sen2_age_caseload.csv line 25 column Total_ehc");
			assertThat(finding.value()).isEqualTo("1982");
			assertThat(finding.message()).isEqualTo("the characteristic_age rows (Under 5 … Age 20 to 25, 5 rows) add up "
					+ "to 2,054 but the Total row says 1,982 (local authority Shropshire, 2022); expected the parts of a "
					+ "count to add up to its total");
		});
		assertThat(value("sen2_age_caseload", "Total_ehc", SHROPSHIRE, "2022", Map.of("characteristic_age", "Age 5 to 10"),
				"age-caseload-with-a-part-astray"))
			.as("a warning does not stop the file loading").isEqualByComparingTo("591");
	}

	@Test
	void realFilesWhoseBreakdownRowsAddUpHaveNoBreakdownSumFinding() {
		SourceFile unchanged = SourceFile.onDisk(TestFiles.fixture(Fixtures.AGE_CASELOAD_2022));

		ImportOutcome outcome = this.importer.importFile(unchanged);

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		assertThat(breakdownSumFindings(outcome)).isEmpty();
		assertThat(this.dsl.fetchCount(IMPORT_CHECK, IMPORT_CHECK.CHECK_CODE.eq(QualityCheck.BREAKDOWN_SUM.code())
			.and(IMPORT_CHECK.IMPORT_ID.in(this.sampleDataOutcomes.stream().map(o -> o.summary().importId()).toList()))))
			.as("the sample data: EHC plans by age and by setting (2022), 20-week timeliness by topic (2025)")
			.isZero();
	}

	// --- a file the code has never seen

	@Test
	void eesFileNeverSeenBeforeImportsWithoutCodeChange() {
		SourceFile childrenInNeed = SourceFile.onDisk(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025));

		ImportOutcome outcome = this.importer.importFile(childrenInNeed);

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		assertThat(outcome.summary().rowsRead()).isEqualTo(165);
		assertThat(outcome.summary().factsWritten()).isEqualTo(165 * 8);
		assertThat(outcome.summary().rowsSkipped()).isZero();
		assertThat(indicatorColumns("children-in-need-2025", "b1_children_in_need_2013_to_2025")).containsExactlyInAnyOrder("Anypoint_episodes",
				"Anypoint_child", "Started_episodes", "Started_child", "Ended_episodes", "Ended_child", "At31_episodes",
				"awaiting_assessment");
		assertThat(value("b1_children_in_need_2013_to_2025", "At31_episodes", SHROPSHIRE, "2025", CHILDREN_IN_NEED,
				"children-in-need-2025"))
			.isEqualByComparingTo("2209");
		assertThat(value("b1_children_in_need_2013_to_2025", "At31_episodes", ENGLAND, "2025", CHILDREN_IN_NEED,
				"children-in-need-2025"))
			.isEqualByComparingTo("402400");
	}

	// --- rows the warehouse does not model

	@Test
	void rowsOfAGeographicLevelNotModelledAreCountedAndReported() {
		ImportOutcome outcome = importOfDistrictRows();

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		ImportHistory.Summary summary = outcome.summary();
		assertThat(summary.rowsRead()).isEqualTo(165);
		assertThat(summary.rowsSkipped()).isEqualTo(3);
		assertThat(summary.factsWritten()).isEqualTo(162 * 8);
		assertThat(summary.skips()).singleElement().satisfies(skip -> {
			assertThat(skip.reason()).isEqualTo("geographic level 'Local authority district' is not modelled yet");
			assertThat(skip.rows()).isEqualTo(3);
		});
		assertThat(this.dsl.fetchSingle(IMPORT_SKIP, IMPORT_SKIP.IMPORT_ID.eq(summary.importId())).getRowCount())
			.isEqualTo(3);
		ImportRunRecord run = lastImport("b1_children_in_need_with_district_rows.csv");
		assertThat(run.getRowsSkipped()).isEqualTo(3);
		assertThat(value("b1_children_in_need_with_district_rows", "At31_episodes", SHROPSHIRE, "2024", CHILDREN_IN_NEED))
			.isEqualByComparingTo("2155");
		assertThat(facts("b1_children_in_need_with_district_rows", "At31_episodes", "E08000021", "2024", CHILDREN_IN_NEED,
				null))
			.as("Newcastle upon Tyne, relabelled 'Local authority district'")
			.isEmpty();
	}

	@Test
	void skippedRowsAreReportedFromTheirFirstLine() {
		ImportOutcome outcome = importOfDistrictRows();

		assertThat(outcome.summary().skips()).singleElement()
			.extracting(ImportHistory.SkipCount::firstLine)
			.isEqualTo(19L);
	}

	@Test
	void theFirstRowsSkippedForEachReasonAreKeptInTheImportHistory() {
		ImportOutcome outcome = importOfDistrictRows();

		assertThat(outcome.summary().skips()).singleElement()
			.extracting(ImportHistory.SkipCount::places)
			.isEqualTo("lines 19, 20, 27");
		assertThat(this.dsl.fetchSingle(IMPORT_SKIP, IMPORT_SKIP.IMPORT_ID.eq(outcome.summary().importId())).getPlaces())
			.isEqualTo("lines 19, 20, 27");
	}

	@Test
	void aFileThatSkipsMostOfItsRowsIsRejectedNotHalfLoaded() {
		// Children in need 2025 with every LA row under a geographic level the warehouse does not model:
		// England's and the regions' rows alone would load, and the LA KPIs keep the previous year.
		List<String> lines = TestFiles.lines(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025))
			.stream()
			.map(line -> line.replace(",Local authority,", ",Local authority district,"))
			.toList();
		Path file = TestFiles.write(this.folder.resolve("children-in-need-districts").resolve("b1_children_in_need_districts.csv"),
				lines);
		long factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(file));

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).isEqualTo("b1_children_in_need_districts.csv: 153 of 165 rows (92.7 %) were "
				+ "skipped, more than the 5 % a file may skip (sendap.quality.skipped-rows-percent): 153 rows: geographic "
				+ "level 'Local authority district' is not modelled yet (lines 14, 15, 16, 17, 18); expected every row "
				+ "loaded or only a few skipped, so the file is rejected rather than half-loaded");
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		assertThat(lastImport("b1_children_in_need_districts.csv").getStatus()).isEqualTo(ImportHistory.FAILED);
	}

	// --- reference data

	@Test
	void referenceDataPutsEveryLocalAuthorityRegionAndEnglandInTheWarehouse() {
		assertThat(this.referenceLoaded.localAuthorities()).isEqualTo(153);
		assertThat(this.referenceLoaded.kpis()).isEqualTo(KpiCatalogueLoader.read(Path.of("no-catalogue-folder", "kpis.yml")).kpis().size());
		assertThat(this.areasByLevelAfterReferenceData).containsExactlyInAnyOrderEntriesOf(
				Map.of("la", 153, "region", 9, "national", 1, "nhs_region", 7, "icb", 42, "sub_icb", 106));
	}

	@Test
	void everyLocalAuthorityHasOneMainIcbShropshireIsServedByItsOwn() {
		var mainIcbs = this.dsl.select(AREA.CODE, count())
			.from(LA_ICB)
			.join(AREA).on(AREA.AREA_ID.eq(LA_ICB.LA_AREA_ID))
			.where(LA_ICB.IS_MAIN)
			.groupBy(AREA.CODE)
			.fetchMap(AREA.CODE, count());
		assertThat(mainIcbs).hasSize(153).allSatisfy((la, count) -> assertThat(count).isEqualTo(1));

		var icb = AREA.as("icb");
		var shropshire = this.dsl.select(icb.CODE, icb.ODS_CODE, icb.NAME)
			.from(LA_ICB)
			.join(AREA).on(AREA.AREA_ID.eq(LA_ICB.LA_AREA_ID))
			.join(icb).on(icb.AREA_ID.eq(LA_ICB.ICB_AREA_ID))
			.where(AREA.CODE.eq("E06000051"))
			.fetchSingle();
		assertThat(shropshire.value1()).isEqualTo("E54000011");
		assertThat(shropshire.value2()).isEqualTo("QOC");
		assertThat(shropshire.value3()).isEqualTo("NHS Shropshire, Telford and Wrekin Integrated Care Board");
	}

	@Test
	void shropshireHasTenStatisticalNeighboursIn2025NorthYorkshireClosest() {
		var neighbours = this.dsl.select(AREA.OLD_CODE, AREA.NAME, COMPARATOR_MEMBER.RANK)
			.from(COMPARATOR_GROUP)
			.join(COMPARATOR_MEMBER).on(COMPARATOR_MEMBER.GROUP_ID.eq(COMPARATOR_GROUP.GROUP_ID))
			.join(AREA).on(AREA.AREA_ID.eq(COMPARATOR_MEMBER.AREA_ID))
			.where(COMPARATOR_GROUP.GROUP_CODE.eq("sn2025-E06000051"))
			.orderBy(COMPARATOR_MEMBER.RANK)
			.fetch();

		assertThat(neighbours).hasSize(10);
		assertThat(neighbours.get(0).value1()).isEqualTo("815");
		assertThat(neighbours.get(0).value2()).isEqualTo("North Yorkshire");
		assertThat(neighbours.get(0).value3()).isEqualTo(1);
		assertThat(neighbours.getValues(AREA.OLD_CODE)).containsExactly("815", "933", "860", "811", "838", "884", "830",
				"885", "943", "916");
	}

	@Test
	void predecessorLocalAuthoritiesTheDataBringsGetTheirStatisticalNeighboursAtOnce() {
		// The 2022 EHC plans data has LAs the reference data does not (909 Cumbria, 837 Bournemouth, ...):
		// their 2021 groups come with the import, not with the next run's reference load.
		assertThat(this.neighbourGroupsAfterTheSampleData).contains("sn2021-E10000006", "sn2021-E06000028",
				"sn2021-E10000021");
	}

	@Test
	void referenceDataLoadsAgainWithoutDuplicates() {
		Map<String, Integer> before = rowCounts();

		this.referenceData.load();

		assertThat(rowCounts()).isEqualTo(before);
	}

	// --- helpers

	/** A fact's number, or its symbol where the publisher gave none. */
	record FactValue(BigDecimal value, String status) {
	}

	private static List<SourceFile> sampleDataFiles() {
		return SourceFinder
			.find(List.of(TestFiles.sampleData(TestFiles.EHCP_2022_ZIP).toString(),
					TestFiles.sampleData(TestFiles.TIMELINESS_2025).toString()))
			.files();
	}

	/**
	 * The first 2,000 data rows of the shipped timeliness file, then its first data row again: the
	 * repeat is found only by the database, after two chunks of 1,000 rows were written. The folder
	 * name stands for the publication (there is no release guidance beside the file).
	 */
	private SourceFile timelinessWithARowRepeatedAfterTwoThousandRows(String releaseFolder) {
		List<String> lines = new ArrayList<>(TestFiles.lines(TestFiles.sampleData(TestFiles.TIMELINESS_2025))
			.subList(0, 2_001));
		lines.add(lines.get(1));
		return SourceFile.onDisk(TestFiles.write(this.folder.resolve(releaseFolder).resolve(TimelinessRows.FILE_NAME),
				lines));
	}

	/** Children in need lines in a folder named like a release, under a folder of their own. */
	private SourceFile childrenInNeedIn(String version, List<String> lines) {
		return SourceFile.onDisk(TestFiles.write(this.folder.resolve(version)
			.resolve("children-in-need-revised")
			.resolve("b1_children_in_need_2013_to_2025.csv"), lines));
	}

	/** What a crash leaves behind: facts of an import that never finished. */
	private void copyFactsOfCompletedImportTo(long completedImport, long unfinishedImport, int facts) {
		this.dsl.insertInto(FACT, FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID, FACT.IMPORT_ID,
				FACT.OBS_VALUE, FACT.OBS_STATUS)
			.select(this.dsl.select(FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID,
					DSL.val(unfinishedImport), FACT.OBS_VALUE, FACT.OBS_STATUS)
				.from(FACT)
				.where(FACT.IMPORT_ID.eq(completedImport))
				.orderBy(FACT.INDICATOR_ID, FACT.AREA_ID, FACT.PERIOD_ID, FACT.BREAKDOWN_ID)
				.limit(facts))
			.execute();
	}

	/** The import of the children in need rows with three 'Local authority district' rows, done once for the class. */
	private ImportOutcome importOfDistrictRows() {
		if (this.districtRowsOutcome == null) {
			this.districtRowsOutcome = this.importer
				.importFile(SourceFile.onDisk(TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_WITH_DISTRICT_ROWS)));
		}
		return this.districtRowsOutcome;
	}

	private List<Finding> breakdownSumFindings(ImportOutcome outcome) {
		return this.findings.findings(outcome.summary().importId())
			.stream()
			.filter(finding -> finding.check() == QualityCheck.BREAKDOWN_SUM)
			.toList();
	}

	private ImportOutcome outcome(String file) {
		return this.sampleDataOutcomes.stream().filter(o -> o.file().equals(file)).findFirst().orElseThrow();
	}

	private ImportRunRecord completedImport(String fileName) {
		return this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.FILE_NAME.eq(fileName).and(IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED)))
			.fetchSingle();
	}

	private ImportRunRecord lastImport(String fileName) {
		return this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.FILE_NAME.eq(fileName))
			.orderBy(IMPORT_RUN.IMPORT_ID.desc())
			.limit(1)
			.fetchSingle();
	}

	/** The status of the import job that ran for an import (not a JobExecution: @SpringBatchTest would take it). */
	private BatchStatus jobStatus(ImportRunRecord run) {
		JobExecution execution = this.jobRepository.getLastJobExecution(ImportJobConfiguration.JOB_NAME,
				new JobParametersBuilder().addString(ImportJobConfiguration.SOURCE, run.getSourcePath())
					.addLong(ImportJobConfiguration.IMPORT_ID, run.getImportId())
					.toJobParameters());
		assertThat(execution).as("job execution of import #%d", run.getImportId()).isNotNull();
		return execution.getStatus();
	}

	private List<String> indicatorColumns(String publication, String dataset) {
		return this.dsl.select(INDICATOR.COLUMN_NAME)
			.from(INDICATOR)
			.join(DATASET).on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(DATASET.NAME.eq(dataset), RELEASE.PUBLICATION.eq(publication))
			.fetch(INDICATOR.COLUMN_NAME);
	}

	private BigDecimal value(String dataset, String column, String areaCode, String timePeriod,
			Map<String, String> filters) {
		return value(dataset, column, areaCode, timePeriod, filters, null);
	}

	private BigDecimal value(String dataset, String column, String areaCode, String timePeriod,
			Map<String, String> filters, String publication) {
		List<FactValue> facts = facts(dataset, column, areaCode, timePeriod, filters, publication);
		assertThat(facts).as("facts of %s %s %s %s %s", dataset, column, areaCode, timePeriod, filters).hasSize(1);
		FactValue fact = facts.get(0);
		assertThat(fact.status()).as("status of %s %s %s %s", dataset, column, areaCode, timePeriod).isNull();
		return fact.value();
	}

	private FactValue fact(String dataset, String column, String areaCode, String timePeriod,
			Map<String, String> filters) {
		List<FactValue> facts = facts(dataset, column, areaCode, timePeriod, filters, null);
		assertThat(facts).as("facts of %s %s %s %s %s", dataset, column, areaCode, timePeriod, filters).hasSize(1);
		return facts.get(0);
	}

	/**
	 * The facts of completed imports for one indicator, area, period and exact set of filter values
	 * (and publication, where given).
	 */
	private List<FactValue> facts(String dataset, String column, String areaCode, String timePeriod,
			Map<String, String> filters, String publication) {
		return this.dsl.select(FACT.OBS_VALUE, FACT.OBS_STATUS)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(DATASET).on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID))
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID))
			.where(DATASET.NAME.eq(dataset), INDICATOR.COLUMN_NAME.eq(column), AREA.CODE.eq(areaCode),
					PERIOD.SOURCE_PERIOD.eq(timePeriod), IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED),
					FACT.BREAKDOWN_ID.in(breakdownsWithExactly(filters)),
					publication == null ? noCondition() : RELEASE.PUBLICATION.eq(publication))
			.fetch(record -> new FactValue(record.value1(), record.value2()));
	}

	private Select<Record1<Long>> breakdownsWithExactly(Map<String, String> filters) {
		if (filters.isEmpty()) {
			return this.dsl.select(BREAKDOWN.BREAKDOWN_ID)
				.from(BREAKDOWN)
				.whereNotExists(selectOne().from(BREAKDOWN_ITEM).where(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(BREAKDOWN.BREAKDOWN_ID)));
		}
		Condition matching = noCondition();
		for (Map.Entry<String, String> filter : filters.entrySet()) {
			matching = or(matching, BREAKDOWN_ITEM.FILTER_NAME.eq(filter.getKey())
				.and(BREAKDOWN_ITEM.FILTER_VALUE.eq(filter.getValue())));
		}
		return this.dsl.select(BREAKDOWN_ITEM.BREAKDOWN_ID)
			.from(BREAKDOWN_ITEM)
			.groupBy(BREAKDOWN_ITEM.BREAKDOWN_ID)
			.having(count().eq(filters.size()), count().filterWhere(matching).eq(filters.size()));
	}

	private Map<String, Integer> areasByLevel() {
		return this.dsl.select(AREA.AREA_LEVEL, count())
			.from(AREA)
			.groupBy(AREA.AREA_LEVEL)
			.fetchMap(Record2::value1, Record2::value2);
	}

	/** The number of rows of every warehouse table a file or the reference data can change. */
	private Map<String, Integer> rowCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (Table<?> table : List.of(FACT, IMPORT_RUN, IMPORT_SKIP, AREA, PERIOD, BREAKDOWN, BREAKDOWN_ITEM, RELEASE,
				DATASET, INDICATOR, COMPARATOR_GROUP, COMPARATOR_MEMBER, KPI)) {
			counts.put(table.getName(), this.dsl.fetchCount(table));
		}
		return counts;
	}

}
