package org.sendap.etl.socialcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sendap.etl.socialcare.ShippedExtracts.octoberChanged;
import static org.sendap.etl.socialcare.ShippedExtracts.snapshot;
import static org.sendap.etl.socialcare.ShippedExtracts.text;
import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_CHECK;
import static org.sendap.warehouse.Tables.IMPORT_FINDING;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.job.ImportOutcome.Result;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The social-care extract against a real warehouse schema (subclasses choose the database): the two
 * shipped synthetic months, then copies with one thing wrong. Expected values were read from the
 * workbooks' XML independently of this code.
 */
@SpringBootTest(classes = EtlApplication.class, webEnvironment = WebEnvironment.NONE,
		properties = { "logging.level.org.springframework.batch=OFF", "logging.level.org.springframework.boot.jooq=OFF",
				"logging.level.org.sendap.etl.job.FileImporter=ERROR" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
abstract class SocialCareImportFunctionalTests {

	private static final String ALL_TEAMS = "All teams";

	private static final String ALL_AGES = "All ages";

	private static final String ALL_WITH_SEND = "All children with SEND";

	private static final String ALL_SOCIAL_CARE = "All social care";

	private static final String DISABILITY_TEAM = "Children's Disability Team";

	@Autowired
	private FileImporter importer;

	@Autowired
	private ReferenceDataLoader referenceData;

	@Autowired
	private DSLContext dsl;

	@TempDir
	Path folder;

	private List<ImportOutcome> shipped;

	@BeforeAll
	void importTheShippedExtracts() {
		this.referenceData.load();
		this.shipped = this.importer.importAll(List.of(ShippedExtracts.september(), ShippedExtracts.october()));
	}

	@Test
	void bothMonthsAreImportedEachAsTheReleaseOfItsMonth() {
		assertThat(this.shipped).allSatisfy(outcome -> {
			assertThat(outcome.result()).as("%s: %s", outcome.file(), outcome.message()).isEqualTo(Result.IMPORTED);
			assertThat(outcome.summary().rowsRead()).isEqualTo(357);
			assertThat(outcome.summary().factsWritten()).isEqualTo(357);
			assertThat(outcome.summary().rowsSkipped()).isZero();
			// September is not superseded by October: they are releases of their own.
			assertThat(outcome.summary().supersededImport()).isNull();
		});
		assertThat(this.dsl.select(RELEASE.RELEASE_LABEL, RELEASE.RELEASE_ORDER)
			.from(RELEASE)
			.where(RELEASE.PUBLICATION.eq(SocialCareExtractLayout.PUBLICATION))
			.orderBy(RELEASE.RELEASE_ORDER)
			.fetch(record -> Map.entry(record.value1(), record.value2())))
			.startsWith(Map.entry("September 2025", 202509), Map.entry("October 2025", 202510));
		assertThat(this.dsl.select(IMPORT_RUN.SOURCE_FORMAT)
			.from(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.in(importIds(this.shipped)))
			.fetch(IMPORT_RUN.SOURCE_FORMAT)).containsOnly("local-send-social-care");
	}

	@Test
	void shropshireByMonthAtEveryLevelOfTheReport() {
		assertThat(children("E06000051", ALL_TEAMS, ALL_AGES, ALL_WITH_SEND, ALL_SOCIAL_CARE))
			.containsExactly(Map.entry("September 2025", 1314), Map.entry("October 2025", 1353));
		// The same LA by its DfE number, as the extract gives it.
		assertThat(children("893", ALL_TEAMS, ALL_AGES, "EHC plan", ALL_SOCIAL_CARE))
			.containsExactly(Map.entry("September 2025", 615), Map.entry("October 2025", 634));
		assertThat(children("893", ALL_TEAMS, ALL_AGES, ALL_WITH_SEND, "Care leaver"))
			.containsExactly(Map.entry("September 2025", 153), Map.entry("October 2025", 162));
		assertThat(children("893", DISABILITY_TEAM, "11 to 15", "EHC plan", "Child in need plan"))
			.endsWith(Map.entry("October 2025", 81));
	}

	@Test
	void theBreakdownSumCheckRanOnTheShippedExtractsAndFoundEveryPartAddingUp() {
		assertThat(this.shipped).allSatisfy(outcome -> assertThat(outcome.summary().warnings()).isZero());
		assertThat(this.dsl.fetchCount(IMPORT_CHECK, IMPORT_CHECK.IMPORT_ID.in(importIds(this.shipped)))).isZero();
	}

	@Test
	void aPartThatNoLongerAddsUpIsFoundAgainstEachOfItsFourTotals() {
		// Children's Disability Team, 11 to 15, EHC plan, Child in need plan: 81 keyed as 86.
		SourceFile astray = octoberChanged(this.folder, "send-known-to-social-care_astray.xlsx",
				snapshot(LocalDate.of(2030, 1, 31)).andThen(ShippedExtracts.number("G66", 86)));

		ImportOutcome outcome = this.importer.importFile(astray);

		assertThat(outcome.result()).as(outcome.message()).isEqualTo(Result.IMPORTED);
		var findings = this.dsl.selectFrom(IMPORT_FINDING)
			.where(IMPORT_FINDING.IMPORT_ID.eq(outcome.summary().importId())
				.and(IMPORT_FINDING.CHECK_CODE.eq(QualityCheck.BREAKDOWN_SUM.code())))
			.orderBy(IMPORT_FINDING.LINE)
			.fetch();
		// The team's EHC plan row, its 11 to 15 row, its All ages row, and the All teams row.
		assertThat(findings).extracting(finding -> finding.getLine() + " " + finding.getCellValue())
			.containsExactly("69 99", "76 99", "95 183", "306 123");
		assertThat(findings).allSatisfy(finding -> {
			assertThat(finding.getSheet()).isEqualTo("Data");
			assertThat(finding.getColumnName()).isEqualTo("children");
		});
	}

	@Test
	void anUnknownLaCodeRejectsTheFileAndNothingIsWritten() {
		SourceFile unknownLa = octoberChanged(this.folder, "send-known-to-social-care_unknown-la.xlsx",
				snapshot(LocalDate.of(2030, 2, 28)).andThen(text("A300", "999")));
		int factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(unknownLa);

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).isEqualTo("send-known-to-social-care_unknown-la.xlsx, line 300, column 'A': sheet "
				+ "'Data': LA code '999' is not the code of an English local authority; expected its ONS code such as "
				+ "E06000051 or its DfE number such as 893 (the codes of reference/local_authorities.csv)");
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		assertThat(this.dsl.fetchCount(RELEASE, RELEASE.RELEASE_LABEL.eq("February 2030"))).isZero();
		var run = this.dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.IMPORT_ID.eq(outcome.importId())).fetchSingle();
		assertThat(run.getStatus()).isEqualTo("FAILED");
		assertThat(run.getSourceFormat()).isEqualTo("local-send-social-care");
	}

	@Test
	void aWorkbookWithAPersonalIdentifierIsRejectedAndNothingOfItKept() {
		SourceFile withNames = octoberChanged(this.folder, "send-known-to-social-care_with-names.xlsx",
				text("H4", "Child name").andThen(text("H5", "Jane Doe")));
		int factsBefore = this.dsl.fetchCount(FACT);

		ImportOutcome outcome = this.importer.importFile(withNames);

		assertThat(outcome.result()).isEqualTo(Result.REJECTED);
		assertThat(outcome.message()).startsWith("send-known-to-social-care_with-names.xlsx, line 4, column 'H': sheet "
				+ "'Data': the column 'Child name' looks like a personal identifier (a name).");
		assertThat(this.dsl.fetchCount(FACT)).isEqualTo(factsBefore);
		var run = this.dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.IMPORT_ID.eq(outcome.importId())).fetchSingle();
		assertThat(run.getStatus()).isEqualTo("FAILED");
		assertThat(run.getMessage()).doesNotContain("Jane");
		assertThat(this.dsl.fetchCount(IMPORT_FINDING, IMPORT_FINDING.IMPORT_ID.eq(outcome.importId()))).isZero();
	}

	@Test
	void theSameExtractAgainIsAlreadyImported() {
		ImportOutcome again = this.importer.importFile(ShippedExtracts.october());

		assertThat(again.result()).isEqualTo(Result.ALREADY_IMPORTED);
	}

	/** Month label to the number of children of an LA (either code) in one breakdown, completed imports only. */
	private List<Map.Entry<String, Integer>> children(String laCode, String team, String ageBand, String ehcpStatus,
			String socialCareStatus) {
		return this.dsl.select(PERIOD.LABEL, FACT.OBS_VALUE)
			.from(FACT)
			.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID).and(IMPORT_RUN.STATUS.eq("COMPLETED")))
			.join(INDICATOR).on(INDICATOR.INDICATOR_ID.eq(FACT.INDICATOR_ID))
			.join(AREA).on(AREA.AREA_ID.eq(FACT.AREA_ID))
			.join(PERIOD).on(PERIOD.PERIOD_ID.eq(FACT.PERIOD_ID))
			.where(AREA.CODE.eq(laCode).or(AREA.OLD_CODE.eq(laCode)))
			.and(INDICATOR.COLUMN_NAME.eq("children"))
			.and(PERIOD.START_DATE.lt(LocalDate.of(2030, 1, 1)))
			.and(filter("team", team))
			.and(filter("age_band", ageBand))
			.and(filter("ehcp_status", ehcpStatus))
			.and(filter("social_care_status", socialCareStatus))
			.orderBy(PERIOD.START_DATE)
			.fetch(record -> Map.entry(record.value1(), record.value2().intValueExact()));
	}

	private Condition filter(String name, String value) {
		return DSL.exists(DSL.selectOne()
			.from(BREAKDOWN_ITEM)
			.where(BREAKDOWN_ITEM.BREAKDOWN_ID.eq(FACT.BREAKDOWN_ID)
				.and(BREAKDOWN_ITEM.FILTER_NAME.eq(name))
				.and(BREAKDOWN_ITEM.FILTER_VALUE.eq(value))));
	}

	private static List<Long> importIds(List<ImportOutcome> outcomes) {
		return outcomes.stream().map(outcome -> outcome.summary().importId()).toList();
	}

}
