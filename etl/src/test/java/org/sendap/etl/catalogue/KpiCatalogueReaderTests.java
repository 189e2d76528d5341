package org.sendap.etl.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class KpiCatalogueReaderTests {

	private static KpiCatalogueReader.Catalogue read(String yaml) {
		return KpiCatalogueReader.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "local/kpis.yml");
	}

	private static final String CIN_RATE = """
			kpis:
			  - code: cin-rate
			    name: Children in need per 10,000
			    definition: Children in need per 10,000 children
			    priority: 7
			    unit: per 10,000
			    polarity: neutral
			    computation: ratio
			    multiplier: 10000
			    decimals: 1
			    source: CIN census
			    sources:
			      - numerator: {columns: [At31_episodes], breakdown: {category: Children in Need}}
			        denominator: {columns: [population_estimate], lagYears: 1}
			""";

	@Test
	void theShippedCatalogueHasEveryKpiOfTheStrategyWithPriorityNames() {
		KpiCatalogueReader.Catalogue catalogue = KpiCatalogueLoader.read(Path.of("no-such-folder", "kpis.yml"));

		assertThat(catalogue.kpis()).extracting(KpiDefinition::code)
			.contains("ehcp-caseload", "ehcp-mainstream-pc", "ehcp-special-independent-pc", "ehcp-ap-pc", "ehc-requests",
					"ehc-request-decided-6wk-pc", "cyp-salt-waiting-list", "cyp-salt-waiting-over-18wk-pc",
					"cyp-community-paediatrics-waiting-list", "autism-open-13wk-pc-0-17", "ehcp-issued-20wk",
					"ehcp-issued-20wk-ex", "ehc-assessment-decision-in-time-pc", "annual-review-decision-4wk-pc",
					"pru-persistent-absence-pc", "cin-rate-per-10k", "ehcp-supported-internships");
		assertThat(catalogue.priorities()).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7);
	}

	@Test
	void rolesReadColumnsListsAndMappingsWithTheirOwnOptions() {
		KpiDefinition kpi = read(CIN_RATE).kpis().get(0);

		KpiDefinition.Term numerator = kpi.sources().get(0).terms().get(0);
		KpiDefinition.Term denominator = kpi.sources().get(0).terms().get(1);
		assertThat(numerator.columns()).containsExactly(ColumnName.named("At31_episodes"));
		assertThat(numerator.breakdown().label()).isEqualTo("category: Children in Need");
		assertThat(denominator.breakdown()).isNull();
		assertThat(denominator.lagYears()).isEqualTo(1);
		assertThat(kpi.geography()).isEqualTo("la");
	}

	@Test
	void aRatioMayNameTheRateItsSourcePublishes() {
		String withRate = CIN_RATE.replace("        denominator: {columns: [population_estimate], lagYears: 1}\n",
				"        denominator: {columns: [population_estimate], lagYears: 1}\n        rate: cin_rate_per_10000\n");

		KpiDefinition.Term rate = read(withRate).kpis().get(0).sources().get(0).terms().get(2);
		assertThat(rate.role()).isEqualTo("rate");
		assertThat(rate.columns()).containsExactly(ColumnName.named("cin_rate_per_10000"));
		assertThatThrownBy(() -> read(withRate.replace("computation: ratio", "computation: count")))
			.hasMessageContaining("field 'numerator': a count KPI reads value");
	}

	@Test
	void aColumnMayBeAPatternForReleasesThatPutTheYearInItsName() {
		String withPattern = CIN_RATE.replace("numerator: {columns: [At31_episodes], breakdown:",
				"numerator: {pattern: 'at31_episodes_(20)?\\d{2}', breakdown:");

		ColumnName column = read(withPattern).kpis().get(0).sources().get(0).terms().get(0).columns().get(0);
		assertThat(column.pattern()).isTrue();
		assertThat(column.matches("at31_episodes_2025")).isTrue();
		assertThat(column.matches("at31_episodes_25")).isTrue();
		assertThat(column.matches("at31_episodes_prior_25")).isFalse();
		assertThat(read(CIN_RATE.replace("columns: [At31_episodes]", "columns: [{pattern: 'due_\\d{2}'}]")).kpis()
			.get(0).sources().get(0).terms().get(0).columns()).containsExactly(ColumnName.matching("due_\\d{2}"));
		assertThatThrownBy(() -> read(CIN_RATE.replace("columns: [At31_episodes]", "pattern: 'due_(\\d{2}'")))
			.hasMessageStartingWith("local/kpis.yml: KPI 'cin-rate', source 1, numerator: field 'pattern': 'due_(\\d{2}' is not a regular expression");
	}

	@Test
	void aCategoryMayListTheSpellingsReleasesHaveUsed() {
		String spellings = CIN_RATE.replace("breakdown: {category: Children in Need}",
				"breakdown: {category: [Children in Need, Children in need at 31 March]}");

		BreakdownSpec breakdown = read(spellings).kpis().get(0).sources().get(0).terms().get(0).breakdown();
		assertThat(breakdown.label()).isEqualTo("category: Children in Need");
		assertThat(breakdown.matches(java.util.Map.of("category", "children in need AT 31 March"))).isTrue();
		assertThat(breakdown.matches(java.util.Map.of("category", "Children looked after"))).isFalse();
		assertThatThrownBy(() -> read(CIN_RATE.replace("{category: Children in Need}", "{category: []}")))
			.hasMessageContaining("filter 'category': expected a value, or a list of the spellings releases have used");
	}

	@Test
	void newPlansAreForecastFrom2015BecauseEhcPlansBeganInSeptember2014() {
		KpiCatalogueReader.Catalogue catalogue = KpiCatalogueLoader.read(Path.of("no-such-folder", "kpis.yml"));

		KpiDefinition newPlans = catalogue.kpis().stream().filter(kpi -> kpi.code().equals("ehcp-new-plans")).findFirst().orElseThrow();
		assertThat(newPlans.forecastFrom().date()).isEqualTo(LocalDate.of(2015, 1, 1));
		assertThat(newPlans.forecastFrom().because()).startsWith("EHC plans began on 1 September 2014");
		assertThat(read(CIN_RATE).kpis().get(0).forecastFrom()).isNull();
	}

	@Test
	void aForecastStartNeedsADateAndAReason() {
		String withStart = CIN_RATE.replace("    source: CIN census\n",
				"    source: CIN census\n    forecastFrom: {date: 2015-01-01, because: the census changed}\n");
		assertThat(read(withStart).kpis().get(0).forecastFrom())
			.isEqualTo(new KpiDefinition.ForecastFrom(LocalDate.of(2015, 1, 1), "the census changed"));
		assertThatThrownBy(() -> read(withStart.replace("2015-01-01", "2015")))
			.hasMessage("local/kpis.yml: KPI 'cin-rate', field 'forecastFrom': date '2015'; expected the first day of a"
					+ " period as yyyy-mm-dd, e.g. 2015-01-01");
		assertThatThrownBy(() -> read(withStart.replace(", because: the census changed", "")))
			.hasMessage("local/kpis.yml: KPI 'cin-rate', field 'forecastFrom': field 'because' is missing");
	}

	@Test
	void aMistakeNamesTheFileTheKpiAndTheField() {
		assertThatThrownBy(() -> read(CIN_RATE.replace("polarity: neutral", "polarity: up")))
			.isInstanceOf(CatalogueException.class)
			.hasMessage("local/kpis.yml: KPI 'cin-rate': field 'polarity' is 'up'; expected higher, lower, neutral");
		assertThatThrownBy(() -> read(CIN_RATE.replace("priority: 7", "priority: 9")))
			.hasMessageContaining("KPI 'cin-rate', field 'priority': priority '9'; expected a strategy priority from 1 to 7");
		assertThatThrownBy(() -> read(CIN_RATE.replace("        denominator: {columns: [population_estimate], lagYears: 1}\n", "")))
			.hasMessage("local/kpis.yml: KPI 'cin-rate', source 1: field 'denominator' is missing; a ratio KPI reads numerator and denominator");
		assertThatThrownBy(() -> read(CIN_RATE.replace("lagYears: 1", "lagYear: 1")))
			.hasMessageStartingWith("local/kpis.yml: KPI 'cin-rate', source 1, denominator: unknown field 'lagYear'");
	}

}
