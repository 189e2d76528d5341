package org.sendap.etl.socialcare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.sendap.etl.socialcare.ShippedExtracts.number;
import static org.sendap.etl.socialcare.ShippedExtracts.octoberChanged;
import static org.sendap.etl.socialcare.ShippedExtracts.text;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.DatasetDescription;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.Severity;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.testsupport.LayoutReading;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;

/**
 * The social-care extract layout on the shipped synthetic workbooks and on copies of them with one
 * thing wrong, without Spring: what it recognises, what the inspection rejects (and how it says so),
 * and the observations the reader streams. Expected values were read from the workbooks' XML.
 */
class SocialCareExtractLayoutTests {

	private static final String OCTOBER_FILE = "send-known-to-social-care_2025-10.xlsx";

	private final SocialCareExtractLayout layout = new SocialCareExtractLayout();

	@TempDir
	Path folder;

	// --- recognition

	@Test
	void theShippedExtractsAreRecognisedFromTheirHeaderRow() {
		assertThat(this.layout.recognises(ShippedExtracts.september())).isTrue();
		assertThat(this.layout.recognises(ShippedExtracts.october())).isTrue();
	}

	@Test
	void otherWorkbooksAndCsvFilesAreNot() {
		assertThat(this.layout.recognises(SourceFile.onDisk(TestFiles.fixture(Fixtures.WORKBOOK)))).isFalse();
		assertThat(this.layout.recognises(SourceFile.onDisk(
				TestFiles.sampleData("nhs/community-health-services-waiting-lists/community_health_2023-09-01.xlsx"))))
			.isFalse();
		assertThat(this.layout.recognises(SourceFile.onDisk(TestFiles.fixture(Fixtures.TIMELINESS_EXTRACT)))).isFalse();
	}

	// --- inspection

	@Test
	void inspectionFindsTheTableBelowTheTitleLinesAndNamesTheReleaseAfterTheMonth() {
		LayoutInspection inspection = this.layout.inspect(ShippedExtracts.october());

		DatasetDescription dataset = inspection.dataset();
		assertThat(dataset.publication()).isEqualTo("Children with SEND known to social care (local extract)");
		assertThat(dataset.releaseLabel()).isEqualTo("October 2025");
		assertThat(dataset.releaseOrder()).isEqualTo(202510);
		assertThat(dataset.name()).isEqualTo("send_known_to_social_care");
		assertThat(dataset.indicators()).containsExactly(SocialCareExtractLayout.CHILDREN);
		// Rows 5 to 361; the note two rows below the table is not one of them.
		assertThat(inspection.rows()).isEqualTo(357);
		assertThat(inspection.findings()).isEmpty();
		assertThat(inspection.plan()).contains("\"sheet\":\"Data\"", "\"headerRow\":4");
	}

	@Test
	void aLaterMonthIsALaterRelease() {
		assertThat(this.layout.inspect(ShippedExtracts.september()).dataset().releaseOrder()).isEqualTo(202509);
	}

	@Test
	void anUnknownLaCodeRejectsTheFileNamingSheetRowAndColumn() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("A9", "E06000999"));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(OCTOBER_FILE + ", line 9, column 'A': sheet 'Data': LA code 'E06000999' is not the code of an "
					+ "English local authority; expected its ONS code such as E06000051 or its DfE number such as 893 "
					+ "(the codes of reference/local_authorities.csv)");
	}

	@Test
	void aSnapshotDateThatIsNotADateRejectsTheFile() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("B12", "end of October"));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(OCTOBER_FILE + ", line 12, column 'B': sheet 'Data': Snapshot date 'end of October' is not a "
					+ "date; expected the day of the snapshot such as 31/10/2025");
	}

	@Test
	void aSnapshotDateThatIsNoDayOfTheCalendarSkipsItsRowWithAWarningNeverAnotherDay() throws Exception {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("B12", "31/09/2025"));

		LayoutInspection inspection = this.layout.inspect(file);
		List<Observation> observations = readAll(file);

		String reason = "Snapshot date '31/09/2025' is not a day of the calendar (September 2025 has 30 days)";
		assertThat(inspection.findings()).containsExactly(new Finding(QualityCheck.IMPOSSIBLE_DATE, Severity.WARNING,
				OCTOBER_FILE, "Data", 12L, "B", "31/09/2025", reason + "; the row is skipped"));
		assertThat(inspection.dataset().releaseLabel()).isEqualTo("October 2025");
		assertThat(observations).hasSize(357);
		assertThat(observations.get(7).place()).isEqualTo("sheet 'Data' row 12");
		assertThat(observations.get(7).skipReason()).isEqualTo(reason);
	}

	@Test
	void twoSnapshotDatesInOneReportRejectTheFile() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("B200", "30/09/2025"));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(OCTOBER_FILE + ", line 200, column 'B': sheet 'Data': Snapshot date 30/09/2025 differs from "
					+ "31/10/2025 on row 5; the report is of one snapshot: export each month's to a workbook of its own");
	}

	@Test
	void aCountThatIsNotANumberIsAnErrorOfTheInspection() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("G6", "n/a"));

		List<Finding> findings = this.layout.inspect(file).findings();

		assertThat(findings).containsExactly(new Finding(QualityCheck.UNKNOWN_SYMBOL, Severity.ERROR, OCTOBER_FILE, "Data",
				6L, "G", "n/a", "found 'n/a' as the number of children; expected a number (0 for none), or 'c' or '*' "
						+ "where the council suppresses a small count"));
	}

	@Test
	void anEmptyCountIsAnErrorTooNeverAZero() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("G6", ""));

		assertThat(this.layout.inspect(file).findings()).extracting(Finding::message)
			.containsExactly("found an empty cell as the number of children; expected a number (0 for none), or 'c' or '*' "
					+ "where the council suppresses a small count");
	}

	@Test
	void aMissingColumnRejectsTheFileNamingTheColumnsExpected() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("G4", "Number"));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(OCTOBER_FILE + ", line 4: sheet 'Data': the header row has no column 'Children'; a social-care "
					+ "extract has the columns LA code, Snapshot date, Team, Age band, EHC plan status, Social care status, "
					+ "Children");
	}

	@Test
	void anAgeBandTheLayoutDoesNotDefineRejectsTheFile() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("D5", "0 to 4"));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(OCTOBER_FILE + ", line 5, column 'D': sheet 'Data': Age band '0 to 4' is not a value of this "
					+ "layout; expected one of 'Under 5', '5 to 10', '11 to 15', '16 to 17', '18 to 25', or 'All ages' on "
					+ "subtotal rows");
	}

	@Test
	void aTeamNamedLikeASubtotalRejectsTheFile() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("C5", "All Age Disability Service"));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(OCTOBER_FILE + ", line 5, column 'C': sheet 'Data': Team 'All Age Disability Service' is not a "
					+ "value of this layout; expected the name of a team, or 'All teams' on subtotal rows (no other team "
					+ "name may start with 'All ')");
	}

	// --- personal identifiers

	@ParameterizedTest
	@ValueSource(strings = { "Child name", "Surname", "DOB", "Date of birth", "NHS number", "UPN", "Child ID",
			"PersonID", "Postcode" })
	void aColumnThatLooksLikeAPersonalIdentifierRejectsTheWorkbookBeforeAnyValueIsRead(String header) {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE,
				text("H4", header).andThen(text("H5", "Jane Doe 12/03/2012")));

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessageStartingWith(OCTOBER_FILE + ", line 4, column 'H': sheet 'Data': the column '" + header
					+ "' looks like a personal identifier (")
			.withMessageEndingWith("). This report must hold counts of children only, never names, dates of birth, ID "
					+ "numbers or addresses: remove the column from the report and export it again. Nothing of this file "
					+ "was imported.")
			.withMessageNotContaining("Jane");
	}

	@Test
	void aSheetListingChildrenAnywhereInTheWorkbookRejectsIt() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, workbook -> {
			Sheet detail = workbook.createSheet("Detail");
			detail.createRow(0).createCell(0).setCellValue("Children on a child protection plan");
			Row header = detail.createRow(2);
			List<String> columns = List.of("Team", "Forename", "Surname", "Date of birth");
			for (int column = 0; column < columns.size(); column++) {
				header.createCell(column).setCellValue(columns.get(column));
			}
		});

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessageStartingWith(OCTOBER_FILE + ", line 3, column 'B': sheet 'Detail': the column 'Forename' looks "
					+ "like a personal identifier (a name).");
	}

	@Test
	void namesOfTeamsAndAuthoritiesAreNotPersonal() {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("H4", "LA name").andThen(text("I4", "Team ID")));

		assertThat(this.layout.inspect(file).rows()).isEqualTo(357);
	}

	// --- reading

	@Test
	void everyRowOfTheTableIsAnObservationOfItsLaMonthAndBreakdown() throws Exception {
		List<Observation> observations = readAll(ShippedExtracts.october());

		assertThat(observations).hasSize(357);
		Observation first = observations.get(0);
		assertThat(first.place()).isEqualTo("sheet 'Data' row 5");
		assertThat(first.area()).isEqualTo(new AreaRef(AreaRef.LOCAL_AUTHORITY, "E06000051", "893", "Shropshire",
				new AreaRef(AreaRef.REGION, "E12000005", null, "West Midlands", AreaRef.england())));
		assertThat(first.period().label()).isEqualTo("October 2025");
		assertThat(first.period().start()).isEqualTo(LocalDate.of(2025, 10, 1));
		assertThat(first.period().end()).isEqualTo(LocalDate.of(2025, 10, 31));
		assertThat(first.breakdown().filters()).isEqualTo(Map.of("age_band", "Under 5", "ehcp_status",
				"EHC plan", "social_care_status", "Assessment", "team", "Referral and Assessment"));
		assertThat(first.values()).containsExactly(new ObservedValue("children", new BigDecimal("3"), null, "G"));
		Observation last = observations.get(356);
		assertThat(last.place()).isEqualTo("sheet 'Data' row 361");
		assertThat(last.breakdown().filters()).isEqualTo(Map.of("age_band", "All ages", "ehcp_status",
				"All children with SEND", "social_care_status", "All social care", "team", "All teams"));
		assertThat(last.values().get(0).value()).isEqualByComparingTo("1353");
	}

	@Test
	void theOnsCodeATextDateAndAnyCaseAreReadAsTheDfeNumberADateCellAndTheLayoutsSpelling() throws Exception {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE,
				text("A5", "E06000051").andThen(text("B5", "31/10/2025")).andThen(text("F5", "ASSESSMENT")));

		Observation first = readAll(file).get(0);

		assertThat(first.area().code()).isEqualTo("E06000051");
		assertThat(first.period().label()).isEqualTo("October 2025");
		assertThat(first.breakdown().filters()).containsEntry("social_care_status", "Assessment");
	}

	@Test
	void aSuppressedCountIsKeptAsItsSymbol() throws Exception {
		SourceFile file = octoberChanged(this.folder, OCTOBER_FILE, text("G5", "c").andThen(number("G6", 3)));

		assertThat(this.layout.inspect(file).findings()).isEmpty();
		assertThat(readAll(file).get(0).values()).containsExactly(new ObservedValue("children", null, "c", "G"));
	}

	private List<Observation> readAll(SourceFile file) throws Exception {
		return LayoutReading.readAll(this.layout, file, this.layout.inspect(file).plan());
	}

}
