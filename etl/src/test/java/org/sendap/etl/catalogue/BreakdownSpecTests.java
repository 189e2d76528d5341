package org.sendap.etl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The rows a KPI reads are found by what their categories mean, on the wordings the real releases use.
 */
class BreakdownSpecTests {

	private static BreakdownSpec spec(Map<String, List<String>> filters) {
		return new BreakdownSpec(new TreeMap<>(filters));
	}

	/** The 2025 release names the total of its timeliness file 'All EHC plans issued'; the 2026 release 'All EHC plans'. */
	@Test
	void aTotalIsATotalWhateverTheReleaseCallsIt() {
		BreakdownSpec allPlansIssued = spec(Map.of("breakdown_topic", List.of("All EHC plans issued"), "breakdown",
				List.of("All EHC plans issued")));

		assertThat(allPlansIssued.isTotal()).isTrue();
		assertThat(allPlansIssued.matches(Map.of("breakdown_topic", "All EHC plans issued", "breakdown", "All EHC plans issued"))).isTrue();
		assertThat(allPlansIssued.matches(Map.of("breakdown_topic", "All EHC plans", "breakdown", "All EHC plans"))).isTrue();
		assertThat(allPlansIssued.matches(Map.of("breakdown_topic", "Total", "breakdown", ""))).isTrue();
		assertThat(allPlansIssued.matches(Map.of())).as("a file with no filters: its rows are the total").isTrue();
		assertThat(allPlansIssued.matches(Map.of("breakdown_topic", "Sex", "breakdown", "Female"))).isFalse();
		assertThat(BreakdownSpec.total().matches(Map.of("characteristic_age", "Total"))).isTrue();
		assertThat(BreakdownSpec.total().matches(Map.of("characteristic_age", "Age 5"))).isFalse();
	}

	/** The absence of children in need: one social care group, every school phase, the whole year. */
	@Test
	void aCategoryIsMatchedByItsSpellingsAndTheOtherFiltersByTheirTotal() {
		BreakdownSpec childrenInNeed = spec(Map.of("absence_terms", List.of("six half terms"), "social_care_group",
				List.of("CINO at 31 March", "Children in need at 31 March"), "phase_type_grouping", List.of("Total")));

		assertThat(childrenInNeed.isTotal()).isFalse();
		assertThat(childrenInNeed.label()).isEqualTo("absence_terms: six half terms; phase_type_grouping: Total; "
				+ "social_care_group: CINO at 31 March");
		assertThat(childrenInNeed.matches(Map.of("absence_terms", "Six  half terms", "social_care_group", "cino at 31 march",
				"phase_type_grouping", "Total"))).as("case and spacing").isTrue();
		assertThat(childrenInNeed.matches(Map.of("absence_terms", "six half terms", "social_care_group",
				"Children in need at 31 March", "phase_type_grouping", "All phases"))).as("another spelling, another total").isTrue();
		assertThat(childrenInNeed.mismatches(Map.of("absence_terms", "six half terms", "social_care_group",
				"CLA 12 months at 31 March", "phase_type_grouping", "State-funded primary")))
			.containsOnly(Map.entry("social_care_group", "'CINO at 31 March' or 'Children in need at 31 March'"),
					Map.entry("phase_type_grouping", "Total"));
		assertThat(childrenInNeed.matches(Map.of("absence_terms", "six half terms", "social_care_group", "CINO at 31 March",
				"phase_type_grouping", "Total", "sex", "Female"))).as("a filter it does not name, not at its total").isFalse();
	}

	@Test
	void whatARowLacksIsSaidAgainstWhatTheFileHas() {
		BreakdownSpec childrenInNeed = spec(Map.of("social_care_group", List.of("CINO at 31 March"), "phase_type_grouping",
				List.of("Total")));

		String missing = MissingRows.describe(childrenInNeed,
				List.of(Map.of("social_care_group", "CIN at 31 March", "phase_type_grouping", "Total"),
						Map.of("social_care_group", "CLA 12 months at 31 March", "phase_type_grouping", "Total"),
						Map.of("social_care_group", "CPPO at 31 March", "phase_type_grouping", "Total")));

		assertThat(missing).isEqualTo("social_care_group 'CINO at 31 March' not in the file; it has 'CIN at 31 March', "
				+ "'CLA 12 months at 31 March', 'CPPO at 31 March'");
		assertThat(MissingRows.describe(BreakdownSpec.total(),
				List.of(Map.of("breakdown_topic", "Every EHC plan", "breakdown", "Every EHC plan"),
						Map.of("breakdown_topic", "Sex", "breakdown", "Female"))))
			.isEqualTo("breakdown has no total (Total, All ... or left blank) in the file; it has 'Every EHC plan', 'Female';"
					+ " breakdown_topic has no total (Total, All ... or left blank) in the file; it has 'Every EHC plan', 'Sex'");
	}

}
