package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class KpiCalculatorTests {

	private static Kpi ehcpTimeliness() {
		return new Kpi("ehcp-issued-20wk", "EHC plans issued within 20 weeks", "%", "higher", 5, null, "ratio",
				new BigDecimal("100"), 1, "la", "definition", "DfE", "Department for Education", null, List.of());
	}

	private static PeriodFigures shropshire2023() {
		return new PeriodFigures(1L, "2023", "2023", LocalDate.of(2023, 1, 1), new BigDecimal("253.000000000000"), null,
				new BigDecimal("666"), null, 1, 0);
	}

	@Test
	void rateIsNumeratorOverDenominatorRoundedHalfUpToThePublishersDecimals() {
		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), shropshire2023(), false);

		assertThat(point.value()).isEqualByComparingTo("38.0");
		assertThat(point.value().scale()).isEqualTo(1);
		assertThat(point.numerator()).hasToString("253");
		assertThat(point.denominator()).hasToString("666");
		assertThat(point.status()).isNull();
	}

	@Test
	void halfwayValueRoundsUp() {
		PeriodFigures figures = new PeriodFigures(1L, "2020", "2020", LocalDate.of(2020, 1, 1), new BigDecimal("1"), null,
				new BigDecimal("8"), null, 1, 0);

		assertThat(KpiCalculator.point(ehcpTimeliness(), figures, false).value()).isEqualByComparingTo("12.5");
		PeriodFigures oneIn16 = new PeriodFigures(1L, "2020", "2020", LocalDate.of(2020, 1, 1), new BigDecimal("1"),
				null, new BigDecimal("1600"), null, 1, 0);
		// 0.0625 % rounds half up to 0.1, not down to 0.0
		assertThat(KpiCalculator.point(ehcpTimeliness(), oneIn16, false).value()).isEqualByComparingTo("0.1");
	}

	@Test
	void suppressedValueStaysSuppressed() {
		PeriodFigures suppressed = new PeriodFigures(1L, "2019", "2019", LocalDate.of(2019, 1, 1), null, "c",
				new BigDecimal("12"), null, 1, 1);

		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), suppressed, false);

		assertThat(point.value()).isNull();
		assertThat(point.status()).isEqualTo("c");
	}

	@Test
	void groupWithASuppressedMemberIsSuppressedNotSummedWithoutIt() {
		PeriodFigures group = new PeriodFigures(null, "2019", "2019", LocalDate.of(2019, 1, 1), new BigDecimal("900"),
				"x", new BigDecimal("1500"), null, 10, 1);

		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), group, true);

		assertThat(point.value()).isNull();
		assertThat(point.status()).isEqualTo("x");
		assertThat(point.areas()).isEqualTo(10);
	}

	@Test
	void zeroDenominatorIsNotApplicableRatherThanZero() {
		PeriodFigures none = new PeriodFigures(1L, "2014", "2014", LocalDate.of(2014, 1, 1), BigDecimal.ZERO, null,
				BigDecimal.ZERO, null, 1, 0);

		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), none, false);

		assertThat(point.value()).isNull();
		assertThat(point.status()).isEqualTo(KpiCalculator.NOT_APPLICABLE);
	}

	@Test
	void wholeNumbersAreWrittenPlainly() {
		PeriodFigures figures = new PeriodFigures(1L, "2024", "2024", LocalDate.of(2024, 1, 1),
				new BigDecimal("250.000000000000"), null, new BigDecimal("1000.000000000000"), null, 1, 0);

		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), figures, false);

		assertThat(point.numerator().toString()).isEqualTo("250");
		assertThat(point.denominator().toString()).isEqualTo("1000");
		assertThat(point.value().toString()).isEqualTo("25.0");
	}

	/** West Midlands 2022/23, children in need persistently absent: DfE rounds the region's counts to 10. */
	private static PeriodFigures westMidlands202223(BigDecimal published, String publishedStatus) {
		return new PeriodFigures(1L, "202223", "2022/23", LocalDate.of(2022, 9, 1), new BigDecimal("6650"), null,
				new BigDecimal("13920"), null, 1, 0, 7L, null, published, publishedStatus);
	}

	@Test
	void anAreasRateIsThePublishersOwnWithTheRoundedCountsBesideIt() {
		// 6,650 / 13,920 = 47.77... = 47.8 from the rounded counts; DfE's rate from the unrounded ones is 47.7
		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), westMidlands202223(new BigDecimal("47.7"), null), false);

		assertThat(point.value()).isEqualByComparingTo("47.7");
		assertThat(point.numerator()).hasToString("6650");
		assertThat(point.denominator()).hasToString("13920");
		assertThat(point.status()).isNull();
		assertThat(point.importId()).isEqualTo(7L);
	}

	@Test
	void aPublishedRateIsPaddedToTheKpisDecimalsNeverRoundedTheOtherWay() {
		assertThat(KpiCalculator.point(ehcpTimeliness(), westMidlands202223(new BigDecimal("40"), null), false).value())
			.hasToString("40.0");
		// St Helens 2024/25: 246 / 480 = 51.25 exactly, which rounds half up to 51.3; DfE published 51.2
		PeriodFigures stHelens = new PeriodFigures(1L, "202425", "2024/25", LocalDate.of(2024, 9, 1),
				new BigDecimal("246"), null, new BigDecimal("480"), null, 1, 0, null, null, new BigDecimal("51.2"), null);
		assertThat(KpiCalculator.point(ehcpTimeliness(), stHelens, false).value()).hasToString("51.2");
	}

	@Test
	void thePublishersSymbolIsServedAsPublished() {
		// Isles of Scilly 2019: no plans issued, 0 of 0, which DfE wrote as x (not z, not applicable)
		PeriodFigures none = new PeriodFigures(1L, "2019", "2019", LocalDate.of(2019, 1, 1), BigDecimal.ZERO, null,
				BigDecimal.ZERO, null, 1, 0, null, null, null, "x");

		KpiPoint point = KpiCalculator.point(ehcpTimeliness(), none, false);

		assertThat(point.value()).isNull();
		assertThat(point.status()).isEqualTo("x");
	}

	@Test
	void aGroupsRateIsComputedFromItsSummedCountsForNobodyPublishesIt() {
		PeriodFigures neighbours = new PeriodFigures(null, "2024", "2024", LocalDate.of(2024, 1, 1), new BigDecimal("3087"),
				null, new BigDecimal("7394"), null, 10, 0, null, null, new BigDecimal("99.9"), null);

		assertThat(KpiCalculator.point(ehcpTimeliness(), neighbours, true).value()).isEqualByComparingTo("41.8");
	}

}
