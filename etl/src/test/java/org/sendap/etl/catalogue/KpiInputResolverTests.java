package org.sendap.etl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sendap.etl.catalogue.KpiInputResolver.DatasetColumn;

/**
 * Which imported columns a KPI input reads: its name exactly, or the one column of a dataset its pattern
 * matches (a release that puts the year into its column names).
 */
class KpiInputResolverTests {

	/** annual_reviews.csv of the 2025 release: the year is in some column names. */
	private static final List<DatasetColumn> ANNUAL_REVIEWS_2025 = List.of(column(1, "review_expected"),
			column(2, "review_meeting_24"), column(3, "review_meeting_25"), column(4, "review_meeting_prior_24"),
			column(5, "number_decsion_4weeks"));

	private static DatasetColumn column(long id, String name) {
		return new DatasetColumn(id, name, 10, "annual_reviews");
	}

	private static KpiRoles.Role role(ColumnName column) {
		return new KpiRoles.Role("annual-review-meetings", "Annual review meetings", 1, "value", List.of(column), null,
				null, 0);
	}

	@Test
	void aColumnIsReadByItsNameOrByTheOneColumnItsPatternMatches() {
		Map<List<Object>, Set<Long>> named = KpiInputResolver.indicatorsRead(List.of(role(ColumnName.named("number_decsion_4weeks"))),
				ANNUAL_REVIEWS_2025);
		Map<List<Object>, Set<Long>> thisYear = KpiInputResolver
			.indicatorsRead(List.of(role(ColumnName.matching("review_meeting_2\\d"))), ANNUAL_REVIEWS_2025);

		assertThat(named.values()).containsExactly(Set.of(5L));
		assertThat(thisYear).as("review_meeting_24 and review_meeting_25 both match: which one is meant is not guessed")
			.isEmpty();
		assertThat(KpiInputResolver.indicatorsRead(List.of(role(ColumnName.matching("review_meeting_prior_\\d{2}"))),
				ANNUAL_REVIEWS_2025).values()).containsExactly(Set.of(4L));
		assertThat(KpiInputResolver.indicatorsRead(List.of(role(ColumnName.matching("review_expected(_\\d{2,4})?"))),
				List.of(column(7, "review_expected_2025"))).values()).containsExactly(Set.of(7L));
	}

}
