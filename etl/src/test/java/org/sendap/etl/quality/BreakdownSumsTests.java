package org.sendap.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Parts against their total in one cell, on real figures: Shropshire's EHC plans by age in 2022 (110 +
 * 519 + 705 + 535 + 113 = 1,982) and England's pupils with a child-in-need plan by phase in 2024/25,
 * rounded to 10.
 */
class BreakdownSumsTests {

	private static final long TOTAL = 1;

	private static final BreakdownPartition AGE = new BreakdownPartition(TOTAL, "characteristic_age", "Total",
			parts("Under 5", "Age 5 to 10", "Age 11 to 15", "Age 16 to 19", "Age 20 to 25"), new TreeMap<>());

	private final BreakdownSums sums = new BreakdownSums(List.of(AGE), new BigDecimal("0.5"));

	@Test
	void partsThatAddUpPassUnremarked() {
		assertThat(this.sums.check(cell("1982", "110", "519", "705", "535", "113"))).isEmpty();
	}

	@Test
	void oneCountAstrayIsAMismatchNamingThePartsAndTheTotal() {
		List<BreakdownSums.Mismatch> mismatches = this.sums.check(cell("1982", "110", "520", "705", "535", "113"));

		assertThat(mismatches).singleElement().satisfies(mismatch -> {
			assertThat(mismatch.total()).isEqualByComparingTo("1982");
			assertThat(mismatch.sum()).isEqualByComparingTo("1983");
			assertThat(mismatch.message("local authority Shropshire, 2022")).isEqualTo(
					"the characteristic_age rows (Under 5 … Age 20 to 25, 5 rows) add up to 1,983 but the Total row says "
							+ "1,982 (local authority Shropshire, 2022); expected the parts of a count to add up to its total");
		});
	}

	@Test
	void aSuppressedPartMakesTheSumUnknowable() {
		Map<Long, BigDecimal> cell = cell("1982", "110", "1", "705", "535", "113");
		cell.put(3L, null);

		assertThat(this.sums.check(cell)).isEmpty();
	}

	@Test
	void aSuppressedOrMissingTotalLeavesNothingToCompare() {
		Map<Long, BigDecimal> cell = cell("1982", "110", "1", "705", "535", "113");
		cell.put(TOTAL, null);

		assertThat(this.sums.check(cell)).isEmpty();
		cell.remove(TOTAL);
		assertThat(this.sums.check(cell)).isEmpty();
	}

	@Test
	void aPartRowTheFileLeavesOutCountsAsNothing() {
		Map<Long, BigDecimal> cell = cell("1869", "110", "519", "705", "535", "113");
		cell.remove(6L);

		assertThat(this.sums.check(cell)).isEmpty();
		cell.put(TOTAL, new BigDecimal("1982"));
		assertThat(this.sums.check(cell)).singleElement()
			.satisfies(mismatch -> assertThat(mismatch.message("Shropshire, 2022")).contains("(Under 5, Age 5 to 10, "
					+ "Age 11 to 15, Age 16 to 19) add up to 1,869 but the Total row says 1,982"));
	}

	@Test
	void roundedFiguresMayEachBeOutByHalfTheirBase() {
		BreakdownPartition phases = new BreakdownPartition(TOTAL, "phase_type_grouping", "Total",
				parts("State-funded secondary", "State-funded primary", "State-funded alternative provision school",
						"Special"),
				new TreeMap<>(Map.of("social_care_group", "CINO at 31 March")));
		BreakdownSums rounded = new BreakdownSums(List.of(phases), new BigDecimal("0.5"));

		assertThat(rounded.check(cell("42464140", "15153180", "18451560", "705890", "8153500")))
			.as("10 short of the total: within 5 x 5").isEmpty();
		assertThat(rounded.check(cell("42464170", "15153180", "18451560", "705890", "8153500"))).singleElement()
			.satisfies(mismatch -> assertThat(mismatch.message("England, 2024/25")).isEqualTo(
					"the phase_type_grouping rows for social_care_group CINO at 31 March (State-funded secondary, "
							+ "State-funded primary, State-funded alternative provision school, Special) add up to "
							+ "42,464,130 but the Total row says 42,464,170 (England, 2024/25); expected the parts of a "
							+ "count to add up to its total within 25, as the figures are rounded to 10"));
	}

	@Test
	void theToleranceIsThePolicys() {
		BreakdownSums lenient = new BreakdownSums(List.of(AGE), new BigDecimal("1"));

		assertThat(lenient.check(cell("1982", "110", "520", "705", "535", "113"))).isEmpty();
	}

	/** Parts with ids from 2, the total being 1. */
	private static Map<Long, String> parts(String... values) {
		Map<Long, String> parts = new LinkedHashMap<>();
		for (int i = 0; i < values.length; i++) {
			parts.put(i + 2L, values[i]);
		}
		return parts;
	}

	/** The total's value, then the parts' in order. */
	private static Map<Long, BigDecimal> cell(String total, String... parts) {
		Map<Long, BigDecimal> cell = new HashMap<>();
		cell.put(TOTAL, new BigDecimal(total));
		for (int i = 0; i < parts.length; i++) {
			cell.put(i + 2L, new BigDecimal(parts[i]));
		}
		return cell;
	}

}
