package org.sendap.etl.nhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_FINDING;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.job.ImportOutcome.Result;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.testsupport.TestFiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The NHS and ONS layouts against a real warehouse schema (subclasses choose the database): all eight
 * Community Health Services waiting-list workbooks shipped (the March to September 2023 and November
 * 2023 editions, three layouts), editions the code has never seen (columns moved, inserted, ICBs the
 * lookup does not know), the Autism Statistics extract and the ONS population projection. Expected
 * values were read from the workbooks independently of this code.
 */
@SpringBootTest(classes = EtlApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF",
				"logging.level.org.sendap.etl.job.FileImporter=ERROR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
abstract class NhsAndPopulationImportFunctionalTests {

	static final String SALT = ChsEditions.SALT;

	/** The rows of each edition: of each of its eight tables, England, 7 regions, 42 ICBs and its providers. */
	private static final Map<String, Integer> PROVIDERS = Map.of("2023-03", 139, "2023-04", 136, "2023-05", 136,
			"2023-06", 136, "2023-07", 137, "2023-08", 132, "2023-09", 129, "2023-11", 132);

	@Autowired
	private FileImporter importer;

	@Autowired
	private ReferenceDataLoader referenceData;

	@Autowired
	private DSLContext dsl;

	@TempDir
	Path folder;

	private List<ImportOutcome> outcomes;

	@BeforeAll
	void importTheNhsAndPopulationFiles() {
		this.referenceData.load();
		List<SourceFile> files = new ArrayList<>();
		for (String published : ChsEditions.PUBLISHED) {
			files.add(SourceFile.onDisk(ChsEditions.edition(published)));
		}
		files.add(SourceFile.onDisk(TestFiles.sampleData("nhs/autism-statistics/AutismStatsDec22_subICB_extract.csv")));
		files.add(SourceFile.onDisk(TestFiles.sampleData("ons/population/snpp2022_persons_shropshire_age0_25.csv")));
		this.outcomes = this.importer.importAll(files);
	}

	@Test
	void everyFileIsImportedEachWorkbookAsTheReleaseOfTheMonthItDescribes() {
		assertThat(this.outcomes).allSatisfy(outcome -> assertThat(outcome.result())
			.as("%s: %s", outcome.file(), outcome.message())
			.isEqualTo(Result.IMPORTED));
		// The April edition names no month in its table titles: the contents sheet gives it.
		assertThat(this.dsl.select(RELEASE.RELEASE_LABEL)
			.from(RELEASE)
			.where(RELEASE.PUBLICATION.eq("Community Health Services Waiting Lists"))
			.orderBy(RELEASE.RELEASE_ORDER)
			.fetch(RELEASE.RELEASE_LABEL)).startsWith("January 2023", "February 2023", "March 2023", "April 2023",
					"May 2023", "June 2023", "July 2023", "September 2023");
		assertThat(this.dsl.select(IMPORT_RUN.SOURCE_FORMAT).from(IMPORT_RUN).orderBy(IMPORT_RUN.IMPORT_ID).fetch(IMPORT_RUN.SOURCE_FORMAT))
			.startsWith("nhs-chs-waiting-lists", "nhs-chs-waiting-lists", "nhs-chs-waiting-lists",
					"nhs-chs-waiting-lists", "nhs-chs-waiting-lists", "nhs-chs-waiting-lists", "nhs-chs-waiting-lists",
					"nhs-chs-waiting-lists", "nhs-autism-statistics", "ons-population-projection");
	}

	@Test
	void everyEditionLoadsEveryRegionIcbAndProviderRowOfItsTables() {
		for (int i = 0; i < ChsEditions.PUBLISHED.size(); i++) {
			String published = ChsEditions.PUBLISHED.get(i);
			ImportOutcome outcome = this.outcomes.get(i);
			long importId = outcome.summary().importId();

			assertThat(outcome.summary().rowsSkipped()).as(published).isZero();
			assertThat(outcome.summary().rowsRead()).as(published).isEqualTo(8L * (1 + 7 + 42 + PROVIDERS.get(published)));
			assertThat(areasWithATotalList(importId)).as(published)
				.containsExactlyInAnyOrderEntriesOf(Map.of("national", 1, "nhs_region", 7, "icb", 42, "provider",
						PROVIDERS.get(published)));
		}
	}

	@Test
	void theNovemberEditionCarriesTheIcbSeriesOnToSeptember2023ByTheIcbsCode() {
		LocalDate september = LocalDate.of(2023, 9, 1);

		assertThat(monthly("QOC", "waiting_list_total", SALT, september)).endsWith(Map.entry("July 2023", 664),
				Map.entry("September 2023", 571));
		assertThat(monthly("E54000011", "waiting_18_52_weeks", SALT, september)).endsWith(Map.entry("September 2023", 249));
		assertThat(monthly("Y60", "waiting_list_total", SALT, september)).endsWith(Map.entry("September 2023", 12808));
		assertThat(monthly("E92000001", "waiting_list_total", SALT, september)).endsWith(Map.entry("September 2023", 65057));
		// Providers, in capitals in this edition, are the same areas as before.
		assertThat(monthly("provider:shropshire-community-health-nhs-trust", "waiting_list_total", SALT, september))
			.hasSize(8)
			.endsWith(Map.entry("September 2023", 571));
	}

	/**
	 * November's figures far from the previous edition's are warnings at the row of the workbook that
	 * gives them, as every finding is: the sheet and row hold the organisation and the value named.
	 */
	@Test
	void aValueFarFromThePreviousEditionsIsAWarningAtItsSheetAndRow() {
		long november = this.outcomes.get(ChsEditions.PUBLISHED.indexOf("2023-11")).summary().importId();
		var jumps = this.dsl.selectFrom(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(november).and(IMPORT_FINDING.CHECK_CODE.eq("implausible-jump")))
			.fetch();

		assertThat(jumps).isNotEmpty().allSatisfy(jump -> {
			assertThat(jump.getSheet()).as(jump.getMessage()).startsWith("Table 4");
			assertThat(jump.getLine()).as(jump.getMessage()).isNotNull();
			List<String> row = ChsEditions.row(ChsEditions.edition("2023-11"), jump.getSheet(), jump.getLine().intValue());
			assertThat(row).as("sheet '%s' row %d", jump.getSheet(), jump.getLine()).contains(jump.getCellValue());
			String organisation = row.stream()
				.filter(cell -> cell.length() > 3 && !cell.matches("[\\d.]+")
						&& jump.getMessage().toUpperCase(Locale.ROOT).contains(cell.toUpperCase(Locale.ROOT)))
				.findFirst()
				.orElse(null);
			assertThat(organisation).as("the row names the organisation of: " + jump.getMessage()).isNotNull();
		});
	}

	@Test
	void shropshireTelfordAndWrekinChildrensSpeechAndLanguageWaitingListByMonthFromAllSevenEditions() {
		assertThat(monthly("QOC", "waiting_list_total", SALT)).containsExactly(
				Map.entry("January 2023", 859), Map.entry("February 2023", 876), Map.entry("March 2023", 816),
				Map.entry("April 2023", 760), Map.entry("May 2023", 697), Map.entry("June 2023", 690),
				Map.entry("July 2023", 664));
		// The same ICB by its ONS code; and its wait bands.
		assertThat(monthly("E54000011", "waiting_18_52_weeks", SALT)).startsWith(Map.entry("January 2023", 413))
			.endsWith(Map.entry("July 2023", 230));
		assertThat(monthly("E54000011", "waiting_over_52_weeks", SALT)).endsWith(Map.entry("July 2023", 3));
		assertThat(monthly("E92000001", "waiting_list_total", SALT)).startsWith(Map.entry("January 2023", 67774))
			.endsWith(Map.entry("July 2023", 68352));
	}

	@Test
	void regionsIcbsAndProvidersAreAreasUnderTheirOwnCodes() {
		var levels = this.dsl.selectDistinct(AREA.AREA_LEVEL)
			.from(FACT)
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.where(INDICATOR.COLUMN_NAME.eq("waiting_list_total"))
			.fetch(AREA.AREA_LEVEL);
		assertThat(levels).containsExactlyInAnyOrder("national", "nhs_region", "icb", "provider");
		// "MIDLANDS" in the September edition and "Midlands" before are one NHS region.
		assertThat(monthly("Y60", "waiting_list_total", SALT)).hasSize(7);
		assertThat(this.dsl.select(AREA.NAME)
			.from(AREA)
			.where(AREA.CODE.eq("provider:shropshire-community-health-nhs-trust"))
			.fetchOne(AREA.NAME)).isEqualTo("Shropshire Community Health NHS Trust");
	}

	@Test
	void anEditionTheCodeHasNeverSeenLoads() {
		// A later edition in the layout of November 2023 (a code column between types and names), but
		// with its tables two rows further down, the codes after the last service, the headers in
		// capitals, describing October 2023.
		Path edition = ChsEditions.changed(ChsEditions.edition("2023-11"), this.folder, "community_health_2023-12-01.xlsx",
				ChsEditions.everyTable(sheet -> sheet.shiftRows(0, sheet.getLastRowNum(), 2))
					.andThen(ChsEditions.everyTable(ChsEditions.moveToEnd(1)))
					.andThen(ChsEditions.everyTable(ChsEditions.headers(6, header -> header.toUpperCase(Locale.ROOT))))
					.andThen(ChsEditions.replaceText("September 2023", "October 2023")));

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		assertThat(outcome.dataset()).contains("October 2023");
		assertThat(outcome.summary().rowsSkipped()).isZero();
		assertThat(outcome.summary().rowsRead()).isEqualTo(8L * (1 + 7 + 42 + 132));
		assertThat(monthly("QOC", "waiting_list_total", SALT, LocalDate.of(2023, 10, 1)))
			.endsWith(Map.entry("October 2023", 571));
	}

	@Test
	void anEditionWithAColumnTheReaderCannotPlaceIsRejectedNotHalfLoaded() {
		Path edition = ChsEditions.changed(ChsEditions.edition("2023-11"), this.folder, "community_health_2024-01-01.xlsx",
				ChsEditions.everyTable(ChsEditions.insertColumn(4, 1, "Sub-ICB Location Code", "M2L0M"))
					.andThen(ChsEditions.replaceText("September 2023", "November 2023")));
		long factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).startsWith("community_health_2024-01-01.xlsx: sheet 'Table 4', header row 5: "
				+ "column B is headed 'Sub-ICB Location Code'")
			.contains("expected", "Organisation Type, Organisation Code, Organisation Name");
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		assertThat(this.dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.FILE_NAME.eq("community_health_2024-01-01.xlsx"))
			.fetchSingle()
			.getStatus()).isEqualTo("FAILED");
		assertThat(this.dsl.fetchCount(RELEASE, RELEASE.RELEASE_LABEL.eq("November 2023"))).isZero();
	}

	@Test
	void anEditionWhoseIcbsTheLookupDoesNotKnowIsRejectedNotHalfLoaded() {
		// The ICBs under codes the shipped lookup has never seen, as after a reorganisation: every ICB row
		// (42 of each table's 182) would be skipped, and the ICB KPIs would quietly keep last month's figures.
		Path edition = ChsEditions.changed(ChsEditions.edition("2023-11"), this.folder, "community_health_2024-02-01.xlsx",
				ChsEditions.everyTable(ChsEditions.recodeIcbs(0, 1))
					.andThen(ChsEditions.replaceText("September 2023", "December 2023")));
		long factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).startsWith("community_health_2024-02-01.xlsx: 336 of 1,456 rows (23.1 %) were "
				+ "skipped, more than the 5 % a file may skip (sendap.quality.skipped-rows-percent): 8 rows: ICB code "
				+ "'Q01' (BATH AND NORTH EAST SOMERSET, SWINDON AND WILTSHIRE) is not the code of an ICB in the shipped NHS "
				+ "lookup (reference/sub_icb_to_icb_lookup_july_2022.csv) (sheet 'Table 4' row 14; sheet 'Table 4a' row 14;")
			.contains("and 39 more reasons (312 rows)", "rejected rather than half-loaded");
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		var rejected = this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.FILE_NAME.eq("community_health_2024-02-01.xlsx"))
			.fetchSingle();
		assertThat(rejected.getStatus()).isEqualTo("FAILED");
		assertThat(this.dsl.fetchCount(IMPORT_FINDING, IMPORT_FINDING.IMPORT_ID.eq(rejected.getImportId())
			.and(IMPORT_FINDING.CHECK_CODE.eq("skipped-rows"))
			.and(IMPORT_FINDING.SEVERITY.eq("ERROR")))).isEqualTo(1);
		// Each ICB the lookup does not know is reported at its code.
		var unmatched = this.dsl.selectFrom(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(rejected.getImportId()).and(IMPORT_FINDING.CHECK_CODE.eq("unmatched-name")))
			.orderBy(IMPORT_FINDING.FINDING_ID)
			.limit(1)
			.fetchSingle();
		assertThat(unmatched.getSheet()).isEqualTo("Table 4");
		assertThat(unmatched.getLine()).isEqualTo(14L);
		assertThat(unmatched.getColumnName()).isEqualTo("B");
		assertThat(unmatched.getCellValue()).isEqualTo("Q01");
		assertThat(this.dsl.fetchCount(RELEASE, RELEASE.RELEASE_LABEL.eq("December 2023"))).isZero();
	}

	@Test
	void anIcbNameNotInTheLookupIsReportedAndItsRowSkipped() {
		Path edition = renamedIcb(ChsEditions.edition("2023-06"));

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).isEqualTo(Result.IMPORTED);
		assertThat(outcome.summary().rowsSkipped()).isEqualTo(8);
		assertThat(outcome.summary().skips()).singleElement().satisfies(skip -> {
			assertThat(skip.rows()).isEqualTo(8);
			assertThat(skip.places()).isEqualTo("sheet 'Table 4' row 47; sheet 'Table 4a' row 47; sheet 'Table 4b' row 47; "
					+ "sheet 'Table 4c' row 47; sheet 'Table 4d' row 47");
		});
		var finding = this.dsl.selectFrom(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(outcome.summary().importId()).and(IMPORT_FINDING.CHECK_CODE.eq("unmatched-name")))
			.orderBy(IMPORT_FINDING.FINDING_ID)
			.fetch();
		assertThat(finding).hasSize(8);
		assertThat(finding.get(0).getSheet()).isEqualTo("Table 4");
		assertThat(finding.get(0).getLine()).isEqualTo(47L);
		assertThat(finding.get(0).getColumnName()).isEqualTo("C");
		assertThat(finding.get(0).getCellValue()).isEqualTo("Salop, Telford and Wrekin");
		assertThat(finding.get(0).getMessage()).contains("ICB name 'Salop, Telford and Wrekin' is not in the shipped NHS lookup");
	}

	@Test
	void textInAServiceColumnRejectsTheWorkbookNamingSheetRowAndColumn() {
		Path edition = withCell(ChsEditions.edition("2023-06"), "Table 4c", 46, 46,
				"not known");
		long factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).contains("line 47", "column 'AU'", "sheet 'Table 4c'", "found 'not known'");
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		// The finding that rejected the file stays in the history, with the layout it was read as.
		var rejected = this.dsl.selectFrom(IMPORT_RUN)
			.where(IMPORT_RUN.FILE_NAME.eq("community_health_with_text.xlsx"))
			.fetchSingle();
		assertThat(rejected.getStatus()).isEqualTo("FAILED");
		assertThat(rejected.getErrors()).isEqualTo(1);
		assertThat(rejected.getSourceFormat()).isEqualTo("nhs-chs-waiting-lists");
		assertThat(this.dsl.fetchCount(IMPORT_FINDING, IMPORT_FINDING.IMPORT_ID.eq(rejected.getImportId())
			.and(IMPORT_FINDING.CHECK_CODE.eq("unknown-symbol")))).isEqualTo(1);
	}

	@Test
	void autismStatisticsBySubIcbLocationWithSuppressionKept() {
		Map<String, BigDecimal> july = this.dsl.select(INDICATOR.COLUMN_NAME, FACT.OBS_VALUE)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.where(AREA.ODS_CODE.eq("M2L0M").and(PERIOD.LABEL.eq("July 2022")))
			.and(INDICATOR.COLUMN_NAME.in("ASD11a", "ASD16b", "ASD16c"))
			.andNotExists(this.dsl.selectOne().from(BREAKDOWN_ITEM).where(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID)))
			.fetchMap(INDICATOR.COLUMN_NAME, FACT.OBS_VALUE);
		assertThat(july).hasSize(3);
		assertThat(july.get("ASD11a")).isEqualByComparingTo("445");
		assertThat(july.get("ASD16b")).isEqualByComparingTo("425");
		assertThat(july.get("ASD16c")).isEqualByComparingTo("260");
		var suppressed = this.dsl.select(FACT.OBS_VALUE, FACT.OBS_STATUS)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.join(BREAKDOWN_ITEM).on(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID))
			.where(AREA.ODS_CODE.eq("M2L0M").and(PERIOD.LABEL.eq("July 2022")).and(INDICATOR.COLUMN_NAME.eq("ASD16b")))
			.and(BREAKDOWN_ITEM.FILTER_NAME.eq("age_group").and(BREAKDOWN_ITEM.FILTER_VALUE.eq("People aged 18 to 24")))
			.fetchSingle();
		assertThat(suppressed.value1()).isNull();
		assertThat(suppressed.value2()).isEqualTo("*");
	}

	@Test
	void populationProjectionByYearOfAgeOnTheReportingYearsOfTheMidYearEstimates() {
		var shropshire = this.dsl.select(PERIOD.SOURCE_PERIOD, FACT.OBS_VALUE)
			.from(FACT)
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(DATASET).on(DATASET.DATASET_ID.eq(INDICATOR.DATASET_ID))
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.join(BREAKDOWN_ITEM).on(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID))
			.where(DATASET.NAME.eq("population_projection").and(AREA.CODE.eq("E06000051")))
			.and(BREAKDOWN_ITEM.FILTER_NAME.eq("age").and(BREAKDOWN_ITEM.FILTER_VALUE.eq("0")))
			.and(PERIOD.TIME_IDENTIFIER.eq("Reporting year"))
			.orderBy(PERIOD.START_DATE)
			.fetch();
		assertThat(shropshire).hasSize(26);
		assertThat(shropshire.get(0).value1()).isEqualTo("2022");
		assertThat(shropshire.get(0).value2()).isEqualByComparingTo("2671");
		assertThat(shropshire.get(25).value1()).isEqualTo("2047");
		assertThat(shropshire.get(25).value2()).isEqualByComparingTo("2648.828");
	}

	@Test
	void theSameWorkbookAgainIsAlreadyImported() {
		ImportOutcome again = this.importer
			.importFile(SourceFile.onDisk(ChsEditions.edition("2023-03")));

		assertThat(again.result()).isEqualTo(Result.ALREADY_IMPORTED);
	}

	/**
	 * Month label to value of an indicator for one service of an area (by any of its codes), completed
	 * imports only, up to July 2023, the months of the first seven editions (other tests add later months).
	 */
	private List<Map.Entry<String, Integer>> monthly(String areaCode, String indicator, String service) {
		return monthly(areaCode, indicator, service, LocalDate.of(2023, 7, 1));
	}

	private List<Map.Entry<String, Integer>> monthly(String areaCode, String indicator, String service,
			LocalDate lastMonth) {
		return this.dsl.select(PERIOD.LABEL, FACT.OBS_VALUE)
			.from(FACT)
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.join(BREAKDOWN_ITEM).on(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID))
			.where(AREA.CODE.eq(areaCode).or(AREA.ODS_CODE.eq(areaCode)))
			.and(INDICATOR.COLUMN_NAME.eq(indicator))
			.and(BREAKDOWN_ITEM.FILTER_NAME.eq("service").and(BREAKDOWN_ITEM.FILTER_VALUE.eq(service)))
			.and(PERIOD.START_DATE.le(lastMonth))
			.orderBy(PERIOD.START_DATE)
			.fetch((Record2<String, BigDecimal> row) -> Map.entry(row.value1(), row.value2().intValueExact()));
	}

	/** How many areas of each level have a total waiting list from an import. */
	private Map<String, Integer> areasWithATotalList(long importId) {
		return this.dsl.select(AREA.AREA_LEVEL, DSL.countDistinct(FACT.AREA_ID))
			.from(FACT)
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.where(FACT.IMPORT_ID.eq(importId).and(INDICATOR.COLUMN_NAME.eq("waiting_list_total")))
			.groupBy(AREA.AREA_LEVEL)
			.fetchMap(AREA.AREA_LEVEL, DSL.countDistinct(FACT.AREA_ID));
	}

	/**
	 * The June 2023 edition with an ICB renamed; its month moved to January 2030 so that, as a release
	 * of its own, it does not replace the real April 2023 figures the other tests read.
	 */
	private Path renamedIcb(Path edition) {
		return ChsEditions.changed(edition, this.folder, "community_health_renamed_icb.xlsx",
				ChsEditions.replaceText("Shropshire, Telford and Wrekin", "Salop, Telford and Wrekin")
					.andThen(ChsEditions.replaceText("April 2023", "January 2030")));
	}

	private Path withCell(Path edition, String sheetName, int row, int column, String value) {
		return ChsEditions.changed(edition, this.folder, "community_health_with_text.xlsx", workbook -> {
			Row cells = workbook.getSheet(sheetName).getRow(row);
			Cell cell = cells.getCell(column);
			(cell == null ? cells.createCell(column) : cell).setCellValue(value);
		});
	}

}
