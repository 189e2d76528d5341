package org.sendap.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Indicator kinds as real releases name their columns.
 */
class IndicatorKindTests {

	@Test
	void declaredUnitWins() {
		assertThat(IndicatorKind.of("anything", null, "%")).isEqualTo(IndicatorKind.PERCENTAGE);
		assertThat(IndicatorKind.of("waiting_list_total", "Total waiting list", "count")).isEqualTo(IndicatorKind.COUNT);
		assertThat(IndicatorKind.of("rate", null, "per 10,000")).isEqualTo(IndicatorKind.OTHER);
	}

	@Test
	void namesAndLabelsOfRealColumns() {
		assertThat(IndicatorKind.of("IncExc20weekRate", null, null)).isEqualTo(IndicatorKind.PERCENTAGE);
		assertThat(IndicatorKind.of("plans_issued_within_20_weeks_pc", null, null)).isEqualTo(IndicatorKind.PERCENTAGE);
		assertThat(IndicatorKind.of("pt_pc_sess_auth", null, null)).isEqualTo(IndicatorKind.PERCENTAGE);
		assertThat(IndicatorKind.of("pt_overall", null, null)).isEqualTo(IndicatorKind.PERCENTAGE);
		assertThat(IndicatorKind.of("t_sess_overall", null, null)).isEqualTo(IndicatorKind.COUNT);
		assertThat(IndicatorKind.of("TotIncExcEHC", null, null)).isEqualTo(IndicatorKind.COUNT);
		assertThat(IndicatorKind.of("At31_episodes", null, null)).isEqualTo(IndicatorKind.COUNT);
		assertThat(IndicatorKind.of("At31_episodes_rate", null, null)).isEqualTo(IndicatorKind.OTHER);
		assertThat(IndicatorKind.of("ASD19", "Median waiting time in days", null)).isEqualTo(IndicatorKind.OTHER);
	}

}
