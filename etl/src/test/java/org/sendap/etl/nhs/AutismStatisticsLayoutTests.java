package org.sendap.etl.nhs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.quality.Finding;
import org.sendap.etl.quality.QualityCheck;
import org.sendap.etl.quality.Severity;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.testsupport.LayoutReading;
import org.sendap.etl.testsupport.TestFiles;

/**
 * The reporting periods of the Autism Statistics layout, on copies of the real extract with one row's
 * dates changed, without Spring: a period is loaded as published or its row skipped with the reason,
 * and a warning names the line either way; never a date moved to another day.
 */
class AutismStatisticsLayoutTests {

	private static final String FILE = "AutismStatsDec22_subICB_extract.csv";

	/** NHS Shropshire, Telford and Wrekin (M2L0M), July 2022, ASD11a: 445 open referrals aged 0 to 17. */
	private static final int SHROPSHIRE_JULY_LINE = 15;

	/** NHS Staffordshire and Stoke-on-Trent (04Y), September 2022, ASD11: the first row of September. */
	private static final int FIRST_SEPTEMBER_LINE = 7142;

	private static final int ROWS = 10_710;

	private final AutismStatisticsLayout layout = new AutismStatisticsLayout();

	@TempDir
	Path folder;

	@Test
	void theRealExtractHasNoDateToWarnOf() {
		assertThat(this.layout.inspect(real()).findings()).isEmpty();
	}

	@Test
	void aPeriodThatEndsOnTheDayItStartsIsLoadedAsPublishedWithAWarning() throws Exception {
		SourceFile file = withDates(SHROPSHIRE_JULY_LINE, "01/07/2022", "01/07/2022");

		LayoutInspection inspection = this.layout.inspect(file);
		List<Observation> observations = readAll(file, inspection);

		assertThat(inspection.findings()).containsExactly(new Finding(QualityCheck.IMPOSSIBLE_DATE, Severity.WARNING, FILE,
				null, (long) SHROPSHIRE_JULY_LINE, "REPORTING_PERIOD_END", "01/07/2022",
				"the reporting period ends on the day it starts (01/07/2022); loaded as published, as a period of one day"));
		Observation oneDay = at(observations, SHROPSHIRE_JULY_LINE);
		assertThat(oneDay.isSkipped()).isFalse();
		assertThat(oneDay.period().start()).isEqualTo(LocalDate.of(2022, 7, 1));
		assertThat(oneDay.period().end()).isEqualTo(LocalDate.of(2022, 7, 1));
		assertThat(oneDay.period().label()).isEqualTo("1 Jul 2022 to 1 Jul 2022");
		assertThat(oneDay.values().get(0).value()).isEqualByComparingTo("445");
		assertThat(observations).hasSize(ROWS);
	}

	@Test
	void aDayThatIsNotInTheCalendarSkipsItsRowWithTheReasonNeverTheLastDayOfTheMonth() throws Exception {
		// 31 September: java.time's default resolution would load it as 30 September, a month of data
		SourceFile file = withDates(FIRST_SEPTEMBER_LINE, "01/09/2022", "31/09/2022");

		LayoutInspection inspection = this.layout.inspect(file);
		List<Observation> observations = readAll(file, inspection);

		String reason = "REPORTING_PERIOD_END '31/09/2022' is not a day of the calendar (September 2022 has 30 days)";
		assertThat(inspection.findings()).containsExactly(new Finding(QualityCheck.IMPOSSIBLE_DATE, Severity.WARNING, FILE,
				null, (long) FIRST_SEPTEMBER_LINE, "REPORTING_PERIOD_END", "31/09/2022", reason + "; the row is skipped"));
		Observation skipped = at(observations, FIRST_SEPTEMBER_LINE);
		assertThat(skipped.isSkipped()).isTrue();
		assertThat(skipped.skipReason()).isEqualTo(reason);
		assertThat(at(observations, FIRST_SEPTEMBER_LINE + 1).period().label()).isEqualTo("September 2022");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsSkipsItsRowWithTheReason() throws Exception {
		SourceFile file = withDates(SHROPSHIRE_JULY_LINE, "01/07/2022", "30/06/2022");

		LayoutInspection inspection = this.layout.inspect(file);
		Observation skipped = at(readAll(file, inspection), SHROPSHIRE_JULY_LINE);

		assertThat(inspection.findings()).extracting(Finding::check, Finding::line, Finding::message)
			.containsExactly(tuple(QualityCheck.IMPOSSIBLE_DATE, (long) SHROPSHIRE_JULY_LINE,
					"the reporting period ends (30/06/2022) before it starts (01/07/2022); the row is skipped"));
		assertThat(skipped.skipReason()).isEqualTo("the reporting period ends (30/06/2022) before it starts (01/07/2022)");
	}

	@Test
	void aDateThatIsNoDateAtAllRejectsTheFileNamingLineAndColumn() {
		SourceFile file = withDates(SHROPSHIRE_JULY_LINE, "July 2022", "31/07/2022");

		assertThatExceptionOfType(InputRejectedException.class).isThrownBy(() -> this.layout.inspect(file))
			.withMessage(FILE + ", line 15, column 'REPORTING_PERIOD_START': 'July 2022' is not a date; expected dd/mm/yyyy"
					+ " such as 01/07/2022");
	}

	private static SourceFile real() {
		return SourceFile.onDisk(TestFiles.sampleData(TestFiles.AUTISM_STATISTICS));
	}

	/** The real extract with the reporting period of one line changed. */
	private SourceFile withDates(int line, String start, String end) {
		return SourceFile.onDisk(TestFiles.copyWithLine(TestFiles.sampleData(TestFiles.AUTISM_STATISTICS),
				this.folder.resolve(FILE), line, text -> start + "," + end + text.substring(text.indexOf(',', 11))));
	}

	private static Observation at(List<Observation> observations, int line) {
		return observations.stream().filter(observation -> observation.line() == line).findFirst().orElseThrow();
	}

	private List<Observation> readAll(SourceFile file, LayoutInspection inspection) throws Exception {
		return LayoutReading.readAll(this.layout, file, inspection.plan());
	}

}
