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

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.jooq.Record2;
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
 * The NHS and ONS layouts against a real warehouse schema (subclasses choose the database): all seven
 * Community Health Services waiting-list workbooks (March to September 2023 editions, two layouts),
 * a workbook of an edition the code has never seen, the Autism Statistics extract and the ONS
 * population projection. Expected values were read from the workbooks independently of this code.
 */
@SpringBootTest(classes = EtlApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF",
				"logging.level.org.sendap.etl.job.FileImporter=ERROR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
abstract class NhsAndPopulationImportFunctionalTests {

	static final String WAITING_LISTS = "nhs/community-health-services-waiting-lists/";

	static final String SALT = "(CYP) Therapy interventions: Speech and language";

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
		for (String edition : List.of("03", "04", "05", "06", "07", "08")) {
			files.add(SourceFile.onDisk(TestFiles.sampleData(WAITING_LISTS + "community_health_2023-" + edition + "-01.xlsx")));
		}
		files.add(SourceFile.onDisk(TestFiles.sampleData(WAITING_LISTS + "community_health_2023-09-01.xlsx")));
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
					"May 2023", "June 2023", "July 2023");
		assertThat(this.dsl.select(IMPORT_RUN.SOURCE_FORMAT).from(IMPORT_RUN).orderBy(IMPORT_RUN.IMPORT_ID).fetch(IMPORT_RUN.SOURCE_FORMAT))
			.startsWith("nhs-chs-waiting-lists", "nhs-chs-waiting-lists", "nhs-chs-waiting-lists",
					"nhs-chs-waiting-lists", "nhs-chs-waiting-lists", "nhs-chs-waiting-lists", "nhs-chs-waiting-lists",
					"nhs-autism-statistics", "ons-population-projection");
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
	void anEditionTheCodeHasNeverSeenLoads() throws IOException {
		// A later edition moves its tables down two rows, gives ICB codes in a column of their own,
		// writes ICB names and service labels in capitals, and describes August 2023.
		Path edition = futureEdition(TestFiles.sampleData(WAITING_LISTS + "community_health_2023-09-01.xlsx"));

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		assertThat(outcome.dataset()).contains("August 2023");
		assertThat(monthly("QOC", "waiting_list_total", SALT, LocalDate.of(2023, 8, 1)))
			.contains(Map.entry("August 2023", 664));
	}

	@Test
	void anIcbNameNotInTheLookupIsReportedAndItsRowSkipped() throws IOException {
		Path edition = renamedIcb(TestFiles.sampleData(WAITING_LISTS + "community_health_2023-06-01.xlsx"));

		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(edition));

		assertThat(outcome.result()).isEqualTo(Result.IMPORTED);
		assertThat(outcome.summary().rowsSkipped()).isEqualTo(8);
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
	void textInAServiceColumnRejectsTheWorkbookNamingSheetRowAndColumn() throws IOException {
		Path edition = withCell(TestFiles.sampleData(WAITING_LISTS + "community_health_2023-06-01.xlsx"), "Table 4c", 46, 46,
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
			.importFile(SourceFile.onDisk(TestFiles.sampleData(WAITING_LISTS + "community_health_2023-03-01.xlsx")));

		assertThat(again.result()).isEqualTo(Result.ALREADY_IMPORTED);
	}

	/**
	 * Month label to value of an indicator for one service of an area (by any of its codes), completed
	 * imports only, for the months the seven real editions describe (other tests add later months).
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

	private Path futureEdition(Path september) throws IOException {
		return rewrite(september, "community_health_2023-10-01.xlsx", workbook -> {
			for (Sheet sheet : workbook) {
				String title = text(sheet, 0, 0);
				if (!title.contains("by service")) {
					continue;
				}
				sheet.shiftRows(0, sheet.getLastRowNum(), 2);
				sheet.getRow(2).getCell(0).setCellValue(title.replace("July 2023", "August 2023"));
				sheet.shiftColumns(2, lastColumn(sheet), 1);
				for (Row row : sheet) {
					String type = text(sheet, row.getRowNum(), 0);
					String name = text(sheet, row.getRowNum(), 1);
					if (type.equals("Organisation Type")) {
						row.createCell(2).setCellValue("Organisation Code");
						for (Cell cell : row) {
							if (cell.getColumnIndex() > 2) {
								cell.setCellValue(cell.getStringCellValue().toUpperCase());
							}
						}
					}
					else if (type.equals("ICB")) {
						row.getCell(1).setCellValue(name.toUpperCase());
						if (name.equals("Shropshire, Telford and Wrekin")) {
							row.createCell(2).setCellValue("QOC");
						}
					}
				}
			}
		});
	}

	/**
	 * The June 2023 edition with an ICB renamed; its month moved to January 2030 so that, as a release
	 * of its own, it does not replace the real April 2023 figures the other tests read.
	 */
	private Path renamedIcb(Path edition) throws IOException {
		return rewrite(edition, "community_health_renamed_icb.xlsx", workbook -> {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
							String text = cell.getStringCellValue();
							if (text.equals("Shropshire, Telford and Wrekin")) {
								cell.setCellValue("Salop, Telford and Wrekin");
							}
							else if (text.endsWith("April 2023")) {
								cell.setCellValue(text.replace("April 2023", "January 2030"));
							}
						}
					}
				}
			}
		});
	}

	private Path withCell(Path edition, String sheetName, int row, int column, String value) throws IOException {
		return rewrite(edition, "community_health_with_text.xlsx",
				workbook -> {
					Row cells = workbook.getSheet(sheetName).getRow(row);
					Cell cell = cells.getCell(column);
					(cell == null ? cells.createCell(column) : cell).setCellValue(value);
				});
	}

	private Path rewrite(Path original, String name, java.util.function.Consumer<XSSFWorkbook> change) throws IOException {
		Path copy = this.folder.resolve(name);
		try (InputStream input = Files.newInputStream(original); XSSFWorkbook workbook = new XSSFWorkbook(input)) {
			change.accept(workbook);
			try (OutputStream output = Files.newOutputStream(copy)) {
				workbook.write(output);
			}
		}
		return copy;
	}

	private static String text(Sheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		Cell cell = r == null ? null : r.getCell(column);
		return cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? "" : cell.getStringCellValue();
	}

	private static int lastColumn(Sheet sheet) {
		int last = 0;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum());
		}
		return last;
	}

}
