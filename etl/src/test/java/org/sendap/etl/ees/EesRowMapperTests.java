package org.sendap.etl.ees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.BreakdownRef;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.ObservedValue;
import org.sendap.etl.pipeline.PeriodRef;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceRow;
import org.sendap.etl.testsupport.TimelinessRows;

class EesRowMapperTests {

	private static final AreaRef ENGLAND = new AreaRef(AreaRef.NATIONAL, "E92000001", null, "England", null);

	private static final AreaRef WEST_MIDLANDS = new AreaRef(AreaRef.REGION, "E12000005", null, "West Midlands", ENGLAND);

	private final EesRowMapper mapper = new EesRowMapper(TimelinessRows.FILE_NAME, timelinessLayout());

	@Test
	void shropshireRowMapsToShropshireInTheWestMidlands() {
		Observation observation = this.mapper.map(shropshire2023());

		assertThat(observation.isSkipped()).isFalse();
		assertThat(observation.line()).isEqualTo(3491);
		assertThat(observation.area())
			.isEqualTo(new AreaRef(AreaRef.LOCAL_AUTHORITY, "E06000051", "893", "Shropshire", WEST_MIDLANDS));
	}

	@Test
	void shropshireRowKeepsItsPeriodBreakdownAndExactValues() {
		Observation observation = this.mapper.map(shropshire2023());

		assertThat(observation.period()).isEqualTo(new PeriodRef("2023", "Calendar year", "2023", "calendar_year",
				LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
		assertThat(observation.breakdown()).isEqualTo(allEhcPlansIssued());
		assertThat(observation.values()).hasSize(14)
			.contains(ObservedValue.number("plans_issued_den", new BigDecimal("666")),
					ObservedValue.number("plans_issued_within_20_weeks", new BigDecimal("253")),
					ObservedValue.number("pc_plans_issued_within_20_weeks", new BigDecimal("38")),
					ObservedValue.number("PC_plans_issued_20_weeks_ex", new BigDecimal("38.3")));
	}

	@Test
	void suppressedCellIsKeptAsItsSymbolNeverZero() {
		Observation observation = this.mapper.map(shropshire2019());

		assertThat(observation.values()).filteredOn(value -> value.indicatorColumn().startsWith("plans_issued_gt"))
			.hasSize(4)
			.allSatisfy(value -> {
				assertThat(value.value()).isNull();
				assertThat(value.status()).isEqualTo("x");
			});
		assertThat(observation.values()).contains(ObservedValue.number("plans_issued_within_20_weeks", new BigDecimal("95")));
	}

	@Test
	void blankCellIsKeptAsBlankNeverZero() {
		List<String> values = new ArrayList<>(TimelinessRows.values(TimelinessRows.SHROPSHIRE_2023));
		values.set(TimelinessRows.header().indexOf("plans_issued_gt_1_year"), "");

		Observation observation = this.mapper.map(new SourceRow(3491, values));

		assertThat(observation.values()).contains(ObservedValue.symbol("plans_issued_gt_1_year", "blank"));
	}

	@Test
	void localAuthorityDistrictRowIsSkippedWithTheReason() {
		SourceRow district = row(3491,
				TimelinessRows.withGeographicLevel(TimelinessRows.SHROPSHIRE_2023, "Local authority district"));

		Observation observation = this.mapper.map(district);

		assertThat(observation.isSkipped()).isTrue();
		assertThat(observation.line()).isEqualTo(3491);
		assertThat(observation.skipReason()).isEqualTo("geographic level 'Local authority district' is not modelled yet");
		assertThat(observation.values()).isEmpty();
	}

	@Test
	void rowOfAWeekTheYearDoesNotHaveIsSkippedWithTheReason() {
		SourceRow week53 = row(2, TimelinessRows.ENGLAND_2019.replace("2019,Calendar year", "2023,Week 53"));

		Observation observation = this.mapper.map(week53);

		assertThat(observation.isSkipped()).isTrue();
		assertThat(observation.skipReason())
			.isEqualTo("time_period '2023' with time_identifier 'Week 53' is not a week of the calendar (2023 has 52 ISO weeks)");
	}

	@Test
	void nationalRowMapsToEngland() {
		Observation observation = this.mapper.map(row(2, TimelinessRows.ENGLAND_2019));

		assertThat(observation.area()).isEqualTo(ENGLAND);
		assertThat(observation.values()).contains(ObservedValue.number("plans_issued_den", new BigDecimal("53327")));
	}

	@Test
	void regionalRowMapsToItsRegionInEngland() {
		Observation observation = this.mapper.map(row(860, TimelinessRows.WEST_MIDLANDS_2023));

		assertThat(observation.area()).isEqualTo(WEST_MIDLANDS);
	}

	@Test
	void localAuthorityRowWithoutCodesIsSkipped() {
		List<String> values = new ArrayList<>(TimelinessRows.values(TimelinessRows.SHROPSHIRE_2023));
		values.set(TimelinessRows.header().indexOf("new_la_code"), "");
		values.set(TimelinessRows.header().indexOf("old_la_code"), "");

		Observation observation = this.mapper.map(new SourceRow(3491, values));

		assertThat(observation.isSkipped()).isTrue();
		assertThat(observation.skipReason()).contains("without new_la_code or old_la_code");
	}

	@Test
	void filterColumnsMakeTheSameBreakdownWhateverTheirOrder() {
		Map<String, String> topicFirst = new LinkedHashMap<>();
		topicFirst.put("breakdown_topic", "Sex");
		topicFirst.put("breakdown", "Female");
		Map<String, String> breakdownFirst = new LinkedHashMap<>();
		breakdownFirst.put("breakdown", "Female");
		breakdownFirst.put("breakdown_topic", "Sex");

		BreakdownRef oneWay = BreakdownRef.of(topicFirst);
		BreakdownRef otherWay = BreakdownRef.of(breakdownFirst);

		assertThat(oneWay.keyHash()).isEqualTo(otherWay.keyHash());
		assertThat(oneWay.label()).isEqualTo("breakdown: Female; breakdown_topic: Sex");
	}

	@Test
	void longTextWhereANumberBelongsIsRejectedNamingTheLineAndColumn() {
		List<String> values = new ArrayList<>(TimelinessRows.values(TimelinessRows.SHROPSHIRE_2023));
		values.set(TimelinessRows.header().indexOf("plans_issued_gt_1_year"), "n".repeat(SuppressionSymbols.MAX_TEXT + 1));

		assertThatExceptionOfType(InputRejectedException.class)
			.isThrownBy(() -> this.mapper.map(new SourceRow(3491, values)))
			.withMessageStartingWith("timeliness_20_week.csv, line 3491, column 'plans_issued_gt_1_year': ");
	}

	private static EesLayout timelinessLayout() {
		return EesLayout.of(TimelinessRows.header(), Set.copyOf(TimelinessRows.INDICATORS));
	}

	private static SourceRow shropshire2023() {
		return row(3491, TimelinessRows.SHROPSHIRE_2023);
	}

	private static SourceRow shropshire2019() {
		return row(82, TimelinessRows.SHROPSHIRE_2019);
	}

	private static BreakdownRef allEhcPlansIssued() {
		return BreakdownRef.of(Map.of("breakdown_topic", "All EHC plans issued", "breakdown", "All EHC plans issued"));
	}

	private static SourceRow row(long line, String text) {
		return new SourceRow(line, TimelinessRows.values(text));
	}

}
