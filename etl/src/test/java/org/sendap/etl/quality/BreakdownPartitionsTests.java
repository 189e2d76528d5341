package org.sendap.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Which rows add up to which total, for the filter shapes of real releases: the 2022 and 2025 EHC plans
 * files, absence by social-care group, NHS Autism Statistics.
 */
class BreakdownPartitionsTests {

	private final Map<Long, Map<String, String>> breakdowns = new LinkedHashMap<>();

	@Test
	void valuesOfAFilterAddUpToItsTotalRow() {
		long total = breakdown(Map.of("characteristic_age", "Total"));
		long under5 = breakdown(Map.of("characteristic_age", "Under 5"));
		long age5to10 = breakdown(Map.of("characteristic_age", "Age 5 to 10"));
		long age20to25 = breakdown(Map.of("characteristic_age", "Age 20 to 25"));

		assertThat(BreakdownPartitions.of(this.breakdowns)).singleElement().satisfies(partition -> {
			assertThat(partition.total()).isEqualTo(total);
			assertThat(partition.filter()).isEqualTo("characteristic_age");
			assertThat(partition.totalValue()).isEqualTo("Total");
			assertThat(partition.partValues()).containsExactly(Map.entry(under5, "Under 5"),
					Map.entry(age5to10, "Age 5 to 10"), Map.entry(age20to25, "Age 20 to 25"));
			assertThat(partition.shared()).isEmpty();
		});
	}

	@Test
	void eachTopicOfATopicAndBreakdownPairAddsUpToTheAllRow() {
		long all = breakdown(topic("All EHC plans", "All EHC plans"));
		long female = breakdown(topic("Sex", "Female"));
		long male = breakdown(topic("Sex", "Male"));
		long unknown = breakdown(topic("Sex", "Unknown"));
		long age10 = breakdown(topic("Child or young persons age", "age 10"));
		long age11 = breakdown(topic("Child or young persons age", "age 11"));
		long age12 = breakdown(topic("Child or young persons age", "age 12"));
		long startedAge10 = breakdown(topic("Age when plan started", "age 10"));
		long startedAge11 = breakdown(topic("Age when plan started", "age 11"));

		List<BreakdownPartition> partitions = BreakdownPartitions.of(this.breakdowns);

		assertThat(partitions).allSatisfy(partition -> {
			assertThat(partition.total()).isEqualTo(all);
			assertThat(partition.filter()).isEqualTo("breakdown");
			assertThat(partition.totalValue()).isEqualTo("All EHC plans");
		});
		assertThat(partitions).<Map<String, String>>extracting(BreakdownPartition::shared)
			.containsExactly(Map.of("breakdown_topic", "Sex"), Map.of("breakdown_topic", "Child or young persons age"),
					Map.of("breakdown_topic", "Age when plan started"));
		assertThat(partitions).extracting(BreakdownPartition::parts)
			.containsExactly(List.of(female, male, unknown), List.of(age10, age11, age12),
					List.of(startedAge10, startedAge11));
	}

	/**
	 * The school census's AP characteristics (spc_school_ap_characteristics.csv, 2022/23): each
	 * characteristic under its grouping, and every one of them again under the grouping Total. Only one
	 * grouping's characteristics add up to the total; the 320 "sums" across groupings were false alarms.
	 */
	@Test
	void characteristicsAddUpWithinTheirGroupingNeverAcrossGroupings() {
		breakdown(characteristic("Total", "Total"));
		long female = breakdown(characteristic("Gender", "Female"));
		long male = breakdown(characteristic("Gender", "Male"));
		long gender = breakdown(characteristic("Gender", "Total"));
		long ehcPlan = breakdown(characteristic("SEN on entry", "EHC plan"));
		long senSupport = breakdown(characteristic("SEN on entry", "SEN Support"));
		long noSen = breakdown(characteristic("SEN on entry", "No SEN"));
		long senOnEntry = breakdown(characteristic("SEN on entry", "Total"));
		for (String value : List.of("Female", "Male", "EHC plan", "SEN Support", "No SEN")) {
			breakdown(characteristic("Total", value));
		}

		assertThat(BreakdownPartitions.of(this.breakdowns))
			.extracting(partition -> partition.filter() + " " + partition.parts() + " of " + partition.total())
			.containsExactlyInAnyOrder("pupil_characteristic " + List.of(female, male) + " of " + gender,
					"pupil_characteristic " + List.of(ehcPlan, senSupport, noSen) + " of " + senOnEntry);
	}

	@Test
	void nestedFiltersAddUpToTheirNearestTotal() {
		long total = breakdown(establishment("Total", "Total"));
		long mainstream = breakdown(establishment("Total", "Mainstream school"));
		long special = breakdown(establishment("Total", "Special school"));
		long academy = breakdown(establishment("Mainstream - Academy", "Mainstream school"));
		long maintained = breakdown(establishment("Mainstream - LA maintained", "Mainstream school"));
		long specialAcademy = breakdown(establishment("Special - Academy", "Special school"));
		long specialIndependent = breakdown(establishment("Special - Independent", "Special school"));

		assertThat(BreakdownPartitions.of(this.breakdowns))
			.extracting(partition -> partition.total() + " = " + partition.parts() + " by " + partition.filter())
			.containsExactlyInAnyOrder(mainstream + " = " + List.of(academy, maintained) + " by establishment_type",
					special + " = " + List.of(specialAcademy, specialIndependent) + " by establishment_type",
					total + " = " + List.of(mainstream, special) + " by establishment_group");
	}

	@Test
	void aSubtotalAmongThePartsLeavesThePartitionOut() {
		breakdown(establishment("Total", "Educated elsewhere"));
		breakdown(establishment("Awaiting provision - total", "Educated elsewhere"));
		breakdown(establishment("Awaiting provision - compulsory school age and in education", "Educated elsewhere"));
		breakdown(establishment("Elective home education", "Educated elsewhere"));

		assertThat(BreakdownPartitions.of(this.breakdowns)).isEmpty();
	}

	@Test
	void aFilterWithoutATotalIsNeverAddedUp() {
		long cinoTotal = breakdown(absence("CINO at 31 March", "Total"));
		long cinoPrimary = breakdown(absence("CINO at 31 March", "State-funded primary"));
		long cinoSpecial = breakdown(absence("CINO at 31 March", "Special"));
		long claTotal = breakdown(absence("CLA 12 months at 31 March", "Total"));
		long claPrimary = breakdown(absence("CLA 12 months at 31 March", "State-funded primary"));
		long claSpecial = breakdown(absence("CLA 12 months at 31 March", "Special"));

		assertThat(BreakdownPartitions.of(this.breakdowns)).satisfiesExactly(cino -> {
			assertThat(cino.total()).isEqualTo(cinoTotal);
			assertThat(cino.parts()).containsExactly(cinoPrimary, cinoSpecial);
			assertThat(cino.shared()).containsExactly(Map.entry("absence_terms", "six half terms"),
					Map.entry("social_care_group", "CINO at 31 March"));
		}, cla -> {
			assertThat(cla.total()).isEqualTo(claTotal);
			assertThat(cla.parts()).containsExactly(claPrimary, claSpecial);
		});
	}

	@Test
	void aRowWithoutTheFilterIsItsTotal() {
		long total = breakdown(Map.of());
		long under10 = breakdown(Map.of("age_group", "People aged under 10"));
		long age10to17 = breakdown(Map.of("age_group", "People aged 10 to 17"));

		assertThat(BreakdownPartitions.of(this.breakdowns)).singleElement().satisfies(partition -> {
			assertThat(partition.total()).isEqualTo(total);
			assertThat(partition.parts()).containsExactly(under10, age10to17);
			assertThat(partition.totalValue()).isEqualTo("Total");
		});
	}

	@Test
	void aSinglePartOrNoTotalIsNoPartition() {
		breakdown(Map.of("category", "Total", "sex", "Female"));
		breakdown(Map.of("category", "Children in Need", "sex", "Female"));
		breakdown(Map.of("category", "Children in Need", "sex", "Male"));

		assertThat(BreakdownPartitions.of(this.breakdowns)).isEmpty();
	}

	private static Map<String, String> characteristic(String grouping, String characteristic) {
		return Map.of("characteristic_grouping", grouping, "pupil_characteristic", characteristic);
	}

	private long breakdown(Map<String, String> filters) {
		long id = this.breakdowns.size() + 1;
		this.breakdowns.put(id, filters);
		return id;
	}

	private static Map<String, String> topic(String topic, String breakdown) {
		return Map.of("breakdown_topic", topic, "breakdown", breakdown);
	}

	private static Map<String, String> establishment(String type, String group) {
		return Map.of("establishment_type", type, "establishment_group", group);
	}

	private static Map<String, String> absence(String socialCareGroup, String phase) {
		return Map.of("absence_terms", "six half terms", "social_care_group", socialCareGroup, "phase_type_grouping",
				phase);
	}

}
