package org.sendap.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sendap.etl.pipeline.ImportHistory.SkipCount;
import org.sendap.etl.quality.SkippedRows.Loaded;

/**
 * When skipped rows make a file a half-load, on the skips real files met: the 3 district rows of 165
 * children-in-need rows (a file that loads), the 1,448 of 1,456 rows of the November 2023 waiting-list
 * edition read with the column left of the names taken for the types (England's 8 rows loaded).
 */
class SkippedRowsTests {

	private static final BigDecimal FIVE = new BigDecimal("5");

	private static final SkipCount DISTRICTS = new SkipCount("geographic level 'Local authority district' is not "
			+ "modelled yet", 3, 19, "lines 19, 20, 27");

	private static final SkipCount NO_TYPE = new SkipCount("organisation type '' is not one of National, Region, ICB, "
			+ "Provider", 1_448, 7, "sheet 'Table 4' rows 7, 8, 9, 10, 11");

	@Test
	void aFewRowsSkippedBesideTheRowsBelowNationalLevelLoad() {
		assertThat(new SkippedRows(165, List.of(DISTRICTS), Loaded.BELOW_NATIONAL).judge("b1.csv", FIVE)).isEmpty();
	}

	@Test
	void moreThanTheShareAllowedIsAnErrorWithTheCountTheShareTheReasonsAndTheFirstRows() {
		Finding finding = new SkippedRows(1_456, List.of(NO_TYPE), Loaded.NATIONAL_ONLY).judge("community_health_2023-11-01.xlsx", FIVE)
			.orElseThrow();

		assertThat(finding.check()).isEqualTo(QualityCheck.SKIPPED_ROWS);
		assertThat(finding.severity()).isEqualTo(Severity.ERROR);
		assertThat(finding.value()).isEqualTo("99.5");
		assertThat(finding.message()).isEqualTo("1,448 of 1,456 rows (99.5 %) were skipped, more than the 5 % a file may "
				+ "skip (sendap.quality.skipped-rows-percent), among them every row below national level (only national "
				+ "rows were loaded): 1,448 rows: organisation type '' is not one of National, Region, ICB, Provider "
				+ "(sheet 'Table 4' rows 7, 8, 9, 10, 11); expected every row loaded or only a few skipped, so the file is "
				+ "rejected rather than half-loaded");
	}

	@Test
	void everyRowBelowNationalLevelSkippedIsAnErrorHoweverFewTheyAre() {
		Finding finding = new SkippedRows(400, List.of(DISTRICTS), Loaded.NATIONAL_ONLY).judge("b1.csv", FIVE).orElseThrow();

		assertThat(finding.message()).startsWith("3 of 400 rows (0.8 %) were skipped, and they were every row below "
				+ "national level (only national rows were loaded): 3 rows: geographic level");
	}

	@Test
	void aFileThatLoadedNothingSaysSo() {
		SkipCount all = new SkipCount("organisation type 'Sector' is not one of National, Region, ICB, Provider", 1_456, 6,
				"sheet 'Table 4' rows 6, 7, 8, 9, 10");

		assertThat(new SkippedRows(1_456, List.of(all), Loaded.NOTHING).judge("x.xlsx", FIVE).orElseThrow().message())
			.startsWith("1,456 of 1,456 rows (100.0 %) were skipped, more than the 5 % a file may skip "
					+ "(sendap.quality.skipped-rows-percent), and no row was loaded: 1,456 rows: organisation type 'Sector'");
	}

	@Test
	void theShareAllowedIsASetting() {
		assertThat(new SkippedRows(165, List.of(DISTRICTS), Loaded.BELOW_NATIONAL).judge("b1.csv", new BigDecimal("1"))).isPresent();
		assertThat(new SkippedRows(300, List.of(DISTRICTS), Loaded.BELOW_NATIONAL).judge("b1.csv", new BigDecimal("1"))).isEmpty();
	}

	@Test
	void theReasonsWithTheMostRowsAreListedAndTheOthersCounted() {
		List<SkipCount> icbs = List.of(skip("ICB code 'Q01'", 8, 14), skip("ICB code 'Q02'", 8, 15),
				skip("ICB code 'Q03'", 8, 16), skip("ICB code 'Q04'", 8, 17), skip("ICB code 'Q05'", 9, 18));

		String message = new SkippedRows(500, icbs, Loaded.BELOW_NATIONAL).judge("x.xlsx", FIVE).orElseThrow().message();

		assertThat(message).contains(": 9 rows: ICB code 'Q05' (row 18); 8 rows: ICB code 'Q01' (row 14); 8 rows: ICB "
				+ "code 'Q02' (row 15); and 2 more reasons (16 rows); expected");
	}

	@Test
	void theDataTeamCanMakeItAWarning() {
		QualityReport report = new QualityReport(
				new QualityPolicy(Map.of("skipped-rows", Severity.WARNING), null, null, null, null, null));

		report.add(new SkippedRows(1_456, List.of(NO_TYPE), Loaded.NATIONAL_ONLY).judge("x.xlsx", FIVE).orElseThrow());

		assertThat(report.errors()).isZero();
		assertThat(report.warnings()).isEqualTo(1);
	}

	@Test
	void theDefaultShareIsFivePercent() {
		assertThat(QualityPolicy.defaults().skippedRowsPercent()).isEqualByComparingTo("5");
	}

	private static SkipCount skip(String reason, long rows, long line) {
		return new SkipCount(reason, rows, line, "row " + line);
	}

}
