package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.sendap.dashboard.system.ApiClient;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/**
 * What a KPI does when a later release words the rows it reads differently, on real files altered the
 * way the releases alter them (see the test resources' README): a total row worded the 2026 way is still
 * the total and gives the KPI its new year; a category reworded is a warning that names the KPI, the
 * period, what it looked for and what the file has, and the API says so for that period; the data team's
 * catalogue listing the new spelling gives the KPI the period back, with no code change. A warehouse of
 * its own, without the sample data: each test class imports only the files it is about.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractReleaseWordingIntegrationTests extends ApiClient {

	private static final String SHROPSHIRE = "E06000051";

	@Autowired
	FileImporter importer;

	@Autowired
	ReferenceDataLoader referenceData;

	@Value("${sendap.catalogue.path}")
	Path catalogue;

	private ImportOutcome release2025;

	private ImportOutcome worded2026;

	private ImportOutcome reworded;

	private ImportOutcome renamed;

	@BeforeAll
	void importTheReleases() throws IOException {
		Files.deleteIfExists(this.catalogue.resolve("kpis.yml"));
		this.referenceData.load();
		this.release2025 = importResource("ees/education-health-and-care-plans-2025-extract/timeliness_20_week.csv");
		this.worded2026 = importResource("ees/education-health-and-care-plans-2026-worded/timeliness_20_week.csv");
		this.reworded = importResource("ees/outcomes-for-children-in-need-2026-reworded/absence_la.csv");
		this.renamed = importResource("ees/education-health-and-care-plans-2026-worded/ehc_plans_caseload.csv");
	}

	private ImportOutcome importResource(String resource) throws IOException {
		ImportOutcome outcome = this.importer.importFile(SourceFile.onDisk(new ClassPathResource(resource).getFile().toPath()));
		assertThat(outcome.result()).as(resource).isEqualTo(ImportOutcome.Result.IMPORTED);
		return outcome;
	}

	@Test
	@Order(1)
	void aTotalRowWordedThe2026WayIsStillTheTotalAndGivesTheKpisTheirNewYear() {
		JsonNode shropshire = get("/api/v1/kpis/ehcp-issued-20wk/series?area=" + SHROPSHIRE).get("series").get(0);

		assertThat(periods(shropshire)).containsExactly("2024", "2025");
		JsonNode year2025 = shropshire.get("points").get(1);
		assertThat(year2025.get("value").decimalValue()).isEqualByComparingTo("37.2");
		assertThat(year2025.get("numerator").asInt()).isEqualTo(268);
		assertThat(year2025.get("denominator").asInt()).isEqualTo(720);
		assertThat(year2025.get("importId").asLong()).isEqualTo(this.worded2026.importId());
		JsonNode benchmark = get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=" + SHROPSHIRE + "&period=2025");
		assertThat(benchmark.get("value").decimalValue()).isEqualByComparingTo("37.2");
		assertThat(benchmark.get("england").decimalValue()).isEqualByComparingTo("45.9");
		assertThat(benchmark.get("rank").asInt()).isPositive();
		assertThat(get("/api/v1/kpis/ehcp-issued-20wk-ex/benchmark?area=" + SHROPSHIRE + "&period=2025").get("value")
			.decimalValue()).isEqualByComparingTo("36.5");
		assertThat(get("/api/v1/kpis/ehcp-new-plans/benchmark?area=" + SHROPSHIRE + "&period=2025").get("value").asInt())
			.isEqualTo(720);
		assertThat(checks(this.worded2026)).doesNotContain("kpi-rows-missing");
		assertThat(checks(this.release2025)).doesNotContain("kpi-rows-missing");
	}

	@Test
	@Order(2)
	void aRewordedCategoryIsAWarningNamingTheKpiThePeriodAndWhatTheFileHas() {
		JsonNode finding = findings(this.reworded, "kpi-rows-missing").get(0);

		assertThat(finding.get("severity").asString()).isEqualTo("WARNING");
		assertThat(finding.get("value").asString()).isEqualTo("2024/25");
		assertThat(finding.get("line").asLong()).as("the first row of 2024/25").isEqualTo(2);
		assertThat(finding.get("message").asString()).startsWith(
				"KPI cin-persistent-absence-pc (Children in need persistently absent from school) finds none of its rows for 2024/25")
			.contains("it reads t_pupils_pa_10_exact and t_pupils at absence_terms: six half terms; phase_type_grouping: Total; "
					+ "social_care_group: CINO at 31 March, but social_care_group 'CINO at 31 March' not in the file; it has ",
					"'Children in need at 31 March'", "'CLA 12 months at 31 March'", "'CPPO at 31 March'");
		assertThat(findings(this.reworded, "kpi-rows-missing")).as("one finding for the KPI and the period").hasSize(1);
	}

	/** The caseload KPIs read the dataset 'caseload' only: a file of the same table under another name is said. */
	@Test
	@Order(2)
	void aFileOfAKpisTableUnderANewNameIsAWarning() {
		List<String> messages = new ArrayList<>();
		findings(this.renamed, "kpi-rows-missing").forEach(finding -> messages.add(finding.get("message").asString()));

		assertThat(messages).anySatisfy(message -> assertThat(message)
			.startsWith("KPI ehcp-caseload (EHC plans maintained) reads its columns (ehcplans) from the dataset 'caseload'"
					+ " only, and this file, dataset 'ehc_plans_caseload', has them all")
			.endsWith("add a source with dataset: ehc_plans_caseload to the KPI in the catalogue"));
		assertThat(messages).anySatisfy(message -> assertThat(message).startsWith("KPI ehcp-mainstream-pc "));
		assertThat(get("/api/v1/kpis/ehcp-caseload/series?area=" + SHROPSHIRE).get("noData").asString())
			.as("the KPI reads no file yet").startsWith("No data yet");
	}

	@Test
	@Order(3)
	void theApiSaysWhyTheKpiHasNoFigureForThatPeriod() {
		JsonNode series = get("/api/v1/kpis/cin-persistent-absence-pc/series?area=" + SHROPSHIRE);

		assertThat(periods(series.get("series").get(0))).containsExactly("202324");
		assertThat(series.get("series").get(0).get("points").get(0).get("value").decimalValue()).isEqualByComparingTo("38.8");
		assertThat(series.get("noData").asString()).startsWith("No figures for 2024/25 from absence_la.csv (import #"
				+ this.reworded.importId() + "): KPI cin-persistent-absence-pc")
			.contains("not in the file; it has ", "'Children in need at 31 March'");
		assertThat(series.get("gaps")).singleElement().satisfies(gap -> {
			assertThat(gap.get("period").asString()).isEqualTo("202425");
			assertThat(gap.get("label").asString()).isEqualTo("2024/25");
			assertThat(gap.get("importId").asLong()).isEqualTo(this.reworded.importId());
		});
		assertThat(get("/api/v1/kpis/cin-persistent-absence-pc/benchmark?area=" + SHROPSHIRE).get("period").asString())
			.isEqualTo("202324");
		assertThat(text("/kpis/cin-persistent-absence-pc?area=" + SHROPSHIRE)).as("the KPI page says so under its trend")
			.contains("No figures for 2024/25 from absence_la.csv (import #" + this.reworded.importId() + ")");
		JsonNode refused = problem("/api/v1/kpis/cin-persistent-absence-pc/benchmark?area=" + SHROPSHIRE + "&period=202425");
		assertThat(refused.get("status").asInt()).isEqualTo(400);
		assertThat(refused.get("detail").asString()).startsWith("No figures for 2024/25 from absence_la.csv")
			.contains("'Children in need at 31 March'", "The KPI has 2023/24 (202324)");
	}

	/** The data team's own catalogue names the new spelling beside the old one; the period comes back. */
	@Test
	@Order(4)
	void theCatalogueListingTheNewSpellingGivesTheKpiThePeriodBack() throws IOException {
		String shipped = new String(new ClassPathResource("catalogue/kpis.yml").getInputStream().readAllBytes());
		String kpi = shipped.substring(shipped.indexOf("  - code: cin-persistent-absence-pc"));
		kpi = kpi.substring(0, kpi.indexOf("\n  - code: ", 1) + 1);
		Files.createDirectories(this.catalogue);
		Files.writeString(this.catalogue.resolve("kpis.yml"), "kpis:\n" + kpi.replace("social_care_group: CINO at 31 March",
				"social_care_group: [CINO at 31 March, Children in need at 31 March]"));

		this.referenceData.load();

		// as soon as the dashboard looks at the warehouse again (WarehouseVersion.CHECK_EVERY)
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(periods(get("/api/v1/kpis/cin-persistent-absence-pc/series?area=" + SHROPSHIRE)
				.get("series")
				.get(0))).containsExactly("202324", "202425"));
		JsonNode series = get("/api/v1/kpis/cin-persistent-absence-pc/series?area=" + SHROPSHIRE);
		assertThat(series.get("series").get(0).get("points").get(1).get("value").decimalValue()).isEqualByComparingTo("37.2");
		assertThat(series.has("noData")).isFalse();
		assertThat(series.has("gaps")).isFalse();
	}

	private static List<String> periods(JsonNode series) {
		List<String> periods = new ArrayList<>();
		series.get("points").forEach(point -> periods.add(point.get("period").asString()));
		return periods;
	}

	private List<String> checks(ImportOutcome outcome) {
		List<String> codes = new ArrayList<>();
		get("/api/v1/imports/" + outcome.importId()).get("checks").forEach(check -> codes.add(check.get("code").asString()));
		return codes;
	}

	private List<JsonNode> findings(ImportOutcome outcome, String check) {
		List<JsonNode> found = new ArrayList<>();
		get("/api/v1/imports/" + outcome.importId()).get("findings").forEach(finding -> {
			if (finding.get("check").asString().equals(check)) {
				found.add(finding);
			}
		});
		return found;
	}

	/** The problem detail of a request the API refuses. */
	private JsonNode problem(String path) {
		return this.client.get().uri(path).exchange((request, response) -> response.bodyTo(JsonNode.class), true);
	}

}
