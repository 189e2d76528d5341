package org.sendap.dashboard.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sendap.dashboard.system.ApiClient;
import org.sendap.etl.inbox.InboxFileResult;
import org.sendap.etl.inbox.InboxFolder;
import org.sendap.etl.inbox.InboxPass;
import org.sendap.etl.inbox.InboxProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.JsonNode;

/**
 * {@code /api/v1/kpis/{code}/benchmark} on the shipped sample data, for LAs in three regions and for
 * NHS measures through an LA's ICB footprint, checked against the published files. Rank and quartile
 * of the 20-week timeliness KPI are checked against a count made here, straight from the CSV file.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractKpiBenchmarkIntegrationTests extends ApiClient {

	/** Synthetic: the layout of annual_reviews.csv as the 2025 data guidance gives it, figures made up. */
	private static final String ANNUAL_REVIEWS = "synthetic/ees-annual-reviews-2025/annual_reviews.csv";

	/** Synthetic: the layout of work_based_placements.csv as the 2025 data guidance gives it, figures made up. */
	private static final String WORK_BASED_PLACEMENTS = "synthetic/ees-work-based-placements-2025/work_based_placements.csv";

	private static final Path TIMELINESS = Path.of(System.getProperty("sendap.repository.root", ".."),
			"sample-data/ees/education-health-and-care-plans-2025/timeliness_20_week.csv");

	private static final Path CHILDREN_IN_NEED_ABSENCE = Path.of(System.getProperty("sendap.repository.root", ".."),
			"sample-data/ees/outcomes-for-children-in-need/absence_la.csv");

	@Autowired
	InboxProcessor inbox;

	private static BigDecimal decimal(JsonNode node, String field) {
		return node.get(field).decimalValue().stripTrailingZeros();
	}

	@ParameterizedTest
	@CsvSource({ "E06000051, Shropshire, 37.2, 268, 720, West Midlands, 41.0", "383, Leeds, 9.3, 67, 717, Yorkshire and The Humber, 57.1",
			"E10000016, Kent, 32.3, 784, 2424, South East, 37.9" })
	void timelinessIn2024MatchesThePublishedFiguresAndTheCountOverAllLas(String area, String name, BigDecimal value,
			int numerator, int denominator, String region, BigDecimal regionValue) throws IOException {
		JsonNode benchmark = get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=" + area + "&period=2024");

		assertThat(benchmark.get("area").get("name").asString()).isEqualTo(name);
		assertThat(benchmark.get("period").asString()).isEqualTo("2024");
		assertThat(decimal(benchmark, "value")).isEqualByComparingTo(value);
		assertThat(benchmark.get("numerator").asInt()).isEqualTo(numerator);
		assertThat(benchmark.get("denominator").asInt()).isEqualTo(denominator);
		assertThat(decimal(benchmark, "england")).isEqualByComparingTo("45.9");
		assertThat(benchmark.get("regionArea").get("name").asString()).isEqualTo(region);
		assertThat(decimal(benchmark, "region")).isEqualByComparingTo(regionValue);

		List<BigDecimal> all = publishedLaValues2024();
		long better = all.stream().filter(other -> other.compareTo(value) > 0).count();
		assertThat(benchmark.get("rank").asInt()).isEqualTo(better + 1);
		assertThat(benchmark.get("of").asInt()).isEqualTo(all.size());
		assertThat(benchmark.get("rankedAmong").asString()).isEqualTo("local authorities");
		assertThat(benchmark.get("quartile").asString()).isEqualTo(quartileByHand(value, all));
	}

	/** Each LA's published percentage for 2024 (all EHC plans issued), as the file gives it. */
	private static List<BigDecimal> publishedLaValues2024() throws IOException {
		List<BigDecimal> values = new ArrayList<>();
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(TIMELINESS, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			for (CSVRecord row : parser) {
				if (row.get(0).equals("2024") && row.get("geographic_level").equals("Local authority")
						&& row.get("breakdown").equals("All EHC plans issued")) {
					values.add(new BigDecimal(row.get("pc_plans_issued_within_20_weeks")));
				}
			}
		}
		return values;
	}

	/**
	 * Band A is above the upper quartile (higher is better), D at or below the lower: the quartiles put
	 * 25% of the LAs' values below them, counting positions from 0 to n - 1 and reading between the two
	 * nearest values.
	 */
	private static String quartileByHand(BigDecimal value, List<BigDecimal> all) {
		Map<Integer, BigDecimal> quartiles = quartilesByHand(all);
		if (value.compareTo(quartiles.get(3)) > 0) {
			return "A";
		}
		if (value.compareTo(quartiles.get(2)) > 0) {
			return "B";
		}
		return value.compareTo(quartiles.get(1)) > 0 ? "C" : "D";
	}

	/** The 25th, 50th and 75th percentiles, reading between the two nearest of the values in order. */
	private static Map<Integer, BigDecimal> quartilesByHand(List<BigDecimal> all) {
		List<BigDecimal> sorted = all.stream().sorted().toList();
		Map<Integer, BigDecimal> quartiles = new TreeMap<>();
		for (int quarter = 1; quarter <= 3; quarter++) {
			double position = (sorted.size() - 1) * quarter / 4.0;
			int below = (int) Math.floor(position);
			BigDecimal low = sorted.get(below);
			BigDecimal high = sorted.get(Math.min(below + 1, sorted.size() - 1));
			quartiles.put(quarter, low.add(high.subtract(low).multiply(BigDecimal.valueOf(position - below)))
				.setScale(6, RoundingMode.HALF_UP));
		}
		return quartiles;
	}

	/**
	 * Every KPI of the catalogue for Shropshire in its latest period, through both endpoints: the value
	 * the publisher gives (its percentage column, or the count), or for rates the publisher leaves to
	 * the reader, the counts of the file divided by hand (cin-rate-per-10k: 2,209 children in need over
	 * 60,153 children aged 0 to 17 in mid-2024).
	 */
	@ParameterizedTest(name = "{0} {1} = {2}")
	@CsvSource({ "ehcp-caseload, 202425, 3016", "ehcp-mainstream-caseload, 202425, 1377",
			"ehcp-special-caseload, 202425, 849", "ehcp-new-plans, 2024, 720", "ehcp-mainstream-pc, 202425, 45.7",
			"ehcp-special-independent-pc, 202425, 7.9", "ehcp-ap-pc, 202425, 0.6", "ehc-requests, 2024, 833",
			"ehc-request-decided-6wk-pc, 2024, 70.5", "ehc-requests-refused-pc, 2024, 19.6",
			"cyp-salt-waiting-list, 2023-09, 571", "cyp-salt-waiting-over-18wk-pc, 2023-09, 43.6",
			"cyp-community-paediatrics-waiting-list, 2023-09, 1013", "autism-open-13wk-pc-0-17, 2022-09, 76.5",
			"ehcp-issued-20wk, 2024, 37.2", "ehcp-issued-20wk-ex, 2024, 36.5",
			"ehc-assessment-decision-in-time-pc, 2024, 46.2", "pru-persistent-absence-pc, 202223, 78.2",
			"pru-overall-absence-pc, 202223, 44.9", "cin-rate-per-10k, 2025, 367.2",
			"cin-persistent-absence-pc, 202425, 37.2", "ehcp-supported-internships, 202122, 22",
			"send-known-to-social-care, 2025-10, 1353", "send-known-to-social-care-ehcp-pc, 2025-10, 46.9" })
	void everyKpiAnswersForShropshireWithThePublishedFigure(String code, String period, BigDecimal value) {
		JsonNode benchmark = get("/api/v1/kpis/" + code + "/benchmark?area=E06000051");
		JsonNode series = get("/api/v1/kpis/" + code + "/series?area=E06000051");

		assertThat(benchmark.get("period").asString()).isEqualTo(period);
		assertThat(decimal(benchmark, "value")).isEqualByComparingTo(value);
		assertThat(benchmark.has("noData")).isFalse();
		JsonNode points = series.get("series").get(0).get("points");
		JsonNode latest = points.get(points.size() - 1);
		assertThat(latest.get("period").asString()).isEqualTo(period);
		assertThat(decimal(latest, "value")).isEqualByComparingTo(value);
	}

	/**
	 * Persistent absence of children in need: DfE rounds the counts of regions to 10 and publishes the
	 * rate it computed from the unrounded counts in the same file. Every region's rate in every year is
	 * served as published, although the rounded counts give another figure for some of them (West
	 * Midlands 2022/23: 6,650 of 13,920 is 47.8, DfE 47.7); the counts are shown beside it.
	 */
	@Test
	void everyRegionsRateIsDfesOwnNotOneRecomputedFromItsRoundedCounts() throws IOException {
		int differFromTheRoundedCounts = 0;
		for (CSVRecord row : childrenInNeedAbsence("Regional")) {
			JsonNode point = point(get("/api/v1/kpis/cin-persistent-absence-pc/series?area=" + row.get("region_code")),
					row.get("time_period"));
			String published = row.get("pt_pupils_pa_10_exact");
			if (!published.matches("[\\d.]+")) {
				assertThat(point.get("status").asString()).as("the publisher's symbol").isEqualTo(published);
				continue;
			}
			assertThat(decimal(point, "value")).as(row.get("region_name") + " " + row.get("time_period"))
				.isEqualByComparingTo(published);
			assertThat(decimal(point, "numerator")).isEqualByComparingTo(row.get("t_pupils_pa_10_exact"));
			assertThat(decimal(point, "denominator")).isEqualByComparingTo(row.get("t_pupils"));
			BigDecimal fromRoundedCounts = new BigDecimal(row.get("t_pupils_pa_10_exact")).multiply(BigDecimal.valueOf(100))
				.divide(new BigDecimal(row.get("t_pupils")), 1, RoundingMode.HALF_UP);
			if (fromRoundedCounts.compareTo(new BigDecimal(published)) != 0) {
				differFromTheRoundedCounts++;
			}
		}
		assertThat(differFromTheRoundedCounts).as("regional rates the rounded counts would get wrong").isEqualTo(14);
		JsonNode westMidlands = get("/api/v1/kpis/cin-persistent-absence-pc/benchmark?area=E12000005&period=202223");
		assertThat(decimal(westMidlands, "value")).isEqualByComparingTo("47.7");
		assertThat(westMidlands.get("numerator").asInt()).isEqualTo(6650);
		assertThat(westMidlands.get("denominator").asInt()).isEqualTo(13920);
		assertThat(decimal(get("/api/v1/kpis/cin-persistent-absence-pc/benchmark?area=E12000005&period=202324"), "value"))
			.isEqualByComparingTo("46.3");
	}

	/**
	 * St Helens 2024/25: 246 of 480 is exactly 51.25, which rounds half up to 51.3; DfE published 51.2. The
	 * rank and quartile band are of the figures the page shows: DfE's, for every LA.
	 */
	@Test
	void anLasRankAndBandAreOfThePublishedRatesOfEveryLa() throws IOException {
		JsonNode stHelens = get("/api/v1/kpis/cin-persistent-absence-pc/benchmark?area=E08000013&period=202425");

		assertThat(decimal(stHelens, "value")).isEqualByComparingTo("51.2");
		assertThat(stHelens.get("numerator").asInt()).isEqualTo(246);
		assertThat(stHelens.get("denominator").asInt()).isEqualTo(480);
		List<BigDecimal> published = new ArrayList<>();
		childrenInNeedAbsence("Local authority").stream()
			.filter(row -> row.get("time_period").equals("202425") && row.get("pt_pupils_pa_10_exact").matches("[\\d.]+"))
			.forEach(row -> published.add(new BigDecimal(row.get("pt_pupils_pa_10_exact"))));
		long better = published.stream().filter(other -> other.compareTo(new BigDecimal("51.2")) < 0).count();
		assertThat(stHelens.get("rank").asInt()).as("lower is better").isEqualTo(better + 1);
		assertThat(stHelens.get("of").asInt()).isEqualTo(published.size());
		Map<Integer, BigDecimal> quartiles = quartilesByHand(published);
		assertThat(decimal(stHelens.get("quartiles"), "q1")).isEqualByComparingTo(quartiles.get(1));
		assertThat(decimal(stHelens.get("quartiles"), "q3")).isEqualByComparingTo(quartiles.get(3));
		// lower is better: band A at or below the lower quartile, D above the upper
		BigDecimal value = new BigDecimal("51.2");
		String band = value.compareTo(quartiles.get(3)) > 0 ? "D" : value.compareTo(quartiles.get(2)) > 0 ? "C"
				: value.compareTo(quartiles.get(1)) > 0 ? "B" : "A";
		assertThat(stHelens.get("quartile").asString()).isEqualTo(band);
	}

	/** Isles of Scilly 2019: no EHC plans issued, 0 of 0, which DfE wrote as x; the symbol is served as published. */
	@Test
	void thePublishersSymbolIsServedAsPublished() {
		JsonNode scilly = get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=E06000053&period=2019");

		assertThat(scilly.get("value").isNull()).isTrue();
		assertThat(scilly.get("status").asString()).isEqualTo("x");
		assertThat(scilly.get("numerator").asInt()).isZero();
		assertThat(scilly.get("denominator").asInt()).isZero();
	}

	/** The file's rows of one geographic level, for children in need at 31 March, all school phases, the whole year. */
	private static List<CSVRecord> childrenInNeedAbsence(String level) throws IOException {
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
		try (Reader reader = Files.newBufferedReader(CHILDREN_IN_NEED_ABSENCE, StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader, format)) {
			return parser.stream()
				.filter(row -> row.get("geographic_level").equals(level) && row.get("social_care_group").equals("CINO at 31 March")
						&& row.get("absence_terms").equals("six half terms") && row.get("phase_type_grouping").equals("Total"))
				.toList();
		}
	}

	private static JsonNode point(JsonNode series, String period) {
		for (JsonNode point : series.get("series").get(0).get("points")) {
			if (point.get("period").asString().equals(period)) {
				return point;
			}
		}
		throw new AssertionError("no point for " + period + " in " + series);
	}

	/**
	 * Children in need per head: the count from the children in need census, the children from the ONS
	 * estimates. Both files are named wherever the figure is: the point, the benchmark, the forecast's
	 * sources and the downloads.
	 */
	@Test
	void aRateOfTwoFilesNamesBothOfThem() {
		JsonNode benchmark = get("/api/v1/kpis/cin-rate-per-10k/benchmark?area=E06000051");
		JsonNode points = get("/api/v1/kpis/cin-rate-per-10k/series?area=E06000051").get("series").get(0).get("points");
		JsonNode latest = points.get(points.size() - 1);

		assertThat(benchmark.get("lineage").get("file").asString()).isEqualTo("b1_children_in_need_2013_to_2025.csv");
		assertThat(benchmark.get("denominatorLineage").get("file").asString())
			.isEqualTo("ons_mid-year_population_estimates_2012_to_2024.csv");
		assertThat(latest.get("importId").asLong()).isEqualTo(benchmark.get("lineage").get("importId").asLong());
		assertThat(latest.get("denominatorImportId").asLong())
			.isEqualTo(benchmark.get("denominatorLineage").get("importId").asLong());
		assertThat(get("/api/v1/kpis/cin-rate-per-10k/forecast?area=E06000051").get("sources"))
			.extracting(source -> source.get("file").asString())
			.containsExactlyInAnyOrder("b1_children_in_need_2013_to_2025.csv",
					"ons_mid-year_population_estimates_2012_to_2024.csv");
		String csv = text("/kpis/cin-rate-per-10k/download/trend.csv?area=E06000051");
		assertThat(csv.lines().filter(line -> line.contains(",Shropshire,2025,"))).singleElement()
			.asString()
			.contains("b1_children_in_need_2013_to_2025.csv", "ons_mid-year_population_estimates_2012_to_2024.csv");
	}

	@Test
	void everyKpiOfTheCatalogueIsCheckedAboveOrSaysWhichFileItNeeds() {
		List<String> checked = List.of("ehcp-caseload", "ehcp-mainstream-caseload", "ehcp-special-caseload",
				"ehcp-new-plans", "ehcp-mainstream-pc", "ehcp-special-independent-pc",
				"ehcp-ap-pc", "ehc-requests", "ehc-request-decided-6wk-pc", "ehc-requests-refused-pc",
				"cyp-salt-waiting-list", "cyp-salt-waiting-over-18wk-pc", "cyp-community-paediatrics-waiting-list",
				"autism-open-13wk-pc-0-17", "ehcp-issued-20wk", "ehcp-issued-20wk-ex",
				"ehc-assessment-decision-in-time-pc", "pru-persistent-absence-pc", "pru-overall-absence-pc",
				"cin-rate-per-10k", "cin-persistent-absence-pc", "ehcp-supported-internships",
				"send-known-to-social-care", "send-known-to-social-care-ehcp-pc");
		List<String> catalogue = new ArrayList<>();
		get("/api/v1/kpis").forEach(kpi -> catalogue.add(kpi.get("code").asString()));

		assertThat(catalogue).containsAll(checked);
		for (String code : catalogue.stream().filter(code -> !checked.contains(code)).toList()) {
			JsonNode benchmark = get("/api/v1/kpis/" + code + "/benchmark?area=E06000051");
			assertThat(benchmark.get("noData").asString()).as(code).startsWith("No data yet").contains(".csv");
			assertThat(get("/api/v1/kpis/" + code + "/series?area=E06000051").get("noData").asString()).as(code)
				.isEqualTo(benchmark.get("noData").asString());
		}
	}

	/**
	 * NHS England's figures, read from the eight workbooks (Table 4 of each, the ICB's row); the
	 * edition with August's figures is not shipped.
	 */
	@Test
	void speechAndLanguageWaitingListOfTheIcbIsTheNhsFigureForEachMonth() {
		Map<String, Integer> byMonth = new LinkedHashMap<>();
		get("/api/v1/kpis/cyp-salt-waiting-list/series?area=E06000051").get("series")
			.get(0)
			.get("points")
			.forEach(point -> byMonth.put(point.get("label").asString(), point.get("value").asInt()));

		assertThat(byMonth).containsExactly(Map.entry("January 2023", 859), Map.entry("February 2023", 876),
				Map.entry("March 2023", 816), Map.entry("April 2023", 760), Map.entry("May 2023", 697),
				Map.entry("June 2023", 690), Map.entry("July 2023", 664), Map.entry("September 2023", 571));
		JsonNode direction = get("/api/v1/kpis/cyp-salt-waiting-list/benchmark?area=QOC").get("direction");
		assertThat(direction.get("previousValue").asInt()).isEqualTo(664);
		assertThat(direction.get("judgement").asString()).as("a shorter waiting list").isEqualTo("improving");
	}

	@Test
	void anNhsKpiForAnLaWhoseIcbTheExtractLeavesOutSaysSo() {
		JsonNode leeds = get("/api/v1/kpis/autism-open-13wk-pc-0-17/benchmark?area=383");

		assertThat(leeds.get("area").get("name").asString()).isEqualTo("NHS West Yorkshire Integrated Care Board");
		assertThat(leeds.get("value").isNull()).isTrue();
		assertThat(leeds.get("noData").asString()).startsWith("No data yet for NHS West Yorkshire Integrated Care Board")
			.contains("Autism Statistics");
	}

	@Test
	void neighboursAreTheSumOfTheTenNeighboursWithEachNeighboursOwnValue() {
		JsonNode neighbours = get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=893&period=2024").get("neighbours");

		assertThat(neighbours.get("members")).hasSize(10);
		assertThat(decimal(neighbours, "value")).isEqualByComparingTo("41.8");
		JsonNode closest = neighbours.get("members").get(0);
		assertThat(closest.get("name").asString()).isEqualTo("North Yorkshire");
		assertThat(decimal(closest, "value")).isEqualByComparingTo("24.6");
	}

	@Test
	void directionOfTravelComparesWithThePreviousPeriod() {
		JsonNode direction = get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=893&period=2024").get("direction");

		assertThat(direction.get("previousPeriod").asString()).isEqualTo("2023");
		assertThat(decimal(direction, "previousValue")).isEqualByComparingTo("38.0");
		assertThat(decimal(direction, "change")).isEqualByComparingTo("-0.8");
		assertThat(direction.get("trend").asString()).isEqualTo("decrease");
		assertThat(direction.get("judgement").asString()).isEqualTo("worsening");
	}

	@Test
	void exampleTargetsOfTheSampleDataGiveRagRatingsAndKeepTheirHistory() {
		JsonNode timeliness = get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=893&period=2024");
		assertThat(decimal(timeliness.get("target"), "value")).isEqualByComparingTo("60");
		assertThat(timeliness.get("rag").asString()).isEqualTo("red");
		JsonNode mainstream = get("/api/v1/kpis/ehcp-mainstream-pc/benchmark?area=893&period=2024/25");
		assertThat(decimal(mainstream, "value")).isEqualByComparingTo("45.7");
		assertThat(mainstream.get("rag").asString()).isEqualTo("green");
		assertThat(get("/api/v1/kpis/ehcp-special-independent-pc/benchmark?area=893&period=202425").get("rag").asString())
			.isEqualTo("amber");
		assertThat(get("/api/v1/kpis/ehcp-mainstream-pc/benchmark?area=893&period=2023/24").get("target").isNull())
			.as("the example target applies from 2024/25").isTrue();
		assertThat(get("/api/v1/kpis/ehcp-caseload/benchmark?area=893").get("rag").isNull()).isTrue();
		JsonNode history = get("/api/v1/kpis/ehcp-issued-20wk/targets?area=E06000051");
		assertThat(history).singleElement()
			.satisfies(target -> assertThat(target.get("recordedBy").asString()).contains("example targets"));
	}

	/** The synthetic local extract: October 2025, 634 of the 1,353 children with SEND known to social care. */
	@Test
	void localSocialCareExtractGivesItsKpisForTheLaAloneWithoutARanking() {
		JsonNode known = get("/api/v1/kpis/send-known-to-social-care/benchmark?area=893");
		assertThat(known.get("period").asString()).isEqualTo("2025-10");
		assertThat(known.get("value").asInt()).isEqualTo(1_353);
		assertThat(known.get("direction").get("previousValue").asInt()).isEqualTo(1_314);
		assertThat(known.get("rank").isNull()).as("no other LA has this local extract").isTrue();
		assertThat(known.get("england").isNull()).isTrue();

		JsonNode withPlan = get("/api/v1/kpis/send-known-to-social-care-ehcp-pc/benchmark?area=893&period=2025-09");
		assertThat(withPlan.get("numerator").asInt()).isEqualTo(615);
		assertThat(withPlan.get("denominator").asInt()).isEqualTo(1_314);
		assertThat(decimal(withPlan, "value")).isEqualByComparingTo("46.8");
	}

	@Test
	void withoutAPeriodTheLatestIsBenchmarked() {
		assertThat(get("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=893").get("period").asString()).isEqualTo("2024");
	}

	@Test
	void nhsWaitingListIsShownForAnLaThroughItsIcbFootprint() {
		JsonNode benchmark = get("/api/v1/kpis/cyp-salt-waiting-list/benchmark?area=E06000051");

		assertThat(benchmark.get("area").get("code").asString()).isEqualTo("E54000011");
		assertThat(benchmark.get("requestedArea").get("name").asString()).isEqualTo("Shropshire");
		assertThat(benchmark.get("footprint").asString()).contains("through its ICB footprint",
				"NHS Shropshire, Telford and Wrekin Integrated Care Board");
		assertThat(benchmark.get("period").asString()).isEqualTo("2023-09");
		assertThat(benchmark.get("periodLabel").asString()).isEqualTo("September 2023");
		assertThat(benchmark.get("value").asInt()).isEqualTo(571);
		assertThat(benchmark.get("regionArea").get("level").asString()).isEqualTo("nhs_region");
		assertThat(benchmark.get("rankedAmong").asString()).isEqualTo("integrated care boards");
		assertThat(benchmark.get("neighbours").isNull()).isTrue();
		assertThat(get("/api/v1/kpis/cyp-salt-waiting-list/benchmark?area=QOC&period=2023-07").get("value").asInt()).isEqualTo(664);
		assertThat(get("/api/v1/kpis/cyp-salt-waiting-list/benchmark?area=QOC&period=2023-09").get("value").asInt()).isEqualTo(571);
	}

	@Test
	void autismReferralsOpen13WeeksAreTheSubIcbLocationsFiguresForEachMonth() {
		JsonNode series = get("/api/v1/kpis/autism-open-13wk-pc-0-17/series?area=893");

		JsonNode selected = series.get("series").get(0);
		assertThat(selected.get("area").get("name").asString()).contains("M2L0M");
		assertThat(series.get("footprint").asString()).contains("Shropshire", "M2L0M");
		Map<String, String> byMonth = new TreeMap<>();
		selected.get("points").forEach(point -> byMonth.put(point.get("label").asString(),
				point.get("numerator").asInt() + "/" + point.get("denominator").asInt() + "=" + point.get("value").decimalValue()));
		assertThat(byMonth).containsOnly(Map.entry("July 2022", "260/425=61.2"), Map.entry("August 2022", "290/415=69.9"),
				Map.entry("September 2022", "310/405=76.5"));
	}

	/**
	 * The sample data has no annual reviews file: the KPI names the file it needs, and appears once the
	 * file is dropped into the inbox; a work-based placements file carries the supported internships
	 * KPI on past the 2022 release (synthetic files in the layout of the 2025 data guidance).
	 */
	@Test
	@Order(Integer.MAX_VALUE) // last: the file it imports gives the KPI data, which other tests expect it not to have
	void kpiWithoutDataNamesItsFileAndAppearsWhenTheFileIsDroppedIntoTheInbox(@TempDir Path inbox) throws IOException {
		JsonNode before = get("/api/v1/kpis/annual-review-decision-4wk-pc/benchmark?area=E06000051");

		assertThat(before.get("value").isNull()).isTrue();
		assertThat(before.get("noData").asString()).startsWith("No data yet").contains("annual_reviews.csv");
		assertThat(get("/api/v1/kpis/annual-review-decision-4wk-pc/series?area=E06000051").get("noData").asString())
			.contains("annual_reviews.csv");

		JsonNode internshipsBefore = get("/api/v1/kpis/ehcp-supported-internships/series?area=E06000051");
		assertThat(lastPoint(internshipsBefore).get("period").asString()).as("the 2022 release's last year").isEqualTo("202122");

		dropIntoInbox(inbox, ANNUAL_REVIEWS);
		dropIntoInbox(inbox, WORK_BASED_PLACEMENTS);
		InboxPass pass = this.inbox.process(new InboxFolder(inbox, Duration.ofSeconds(10)));

		assertThat(pass.files()).hasSize(2)
			.allSatisfy(result -> assertThat(result.status()).isEqualTo(InboxFileResult.Status.IMPORTED));
		JsonNode after = get("/api/v1/kpis/annual-review-decision-4wk-pc/benchmark?area=E06000051");
		assertThat(after.has("noData")).isFalse();
		assertThat(after.get("period").asString()).isEqualTo("2024");
		assertThat(decimal(after, "value")).isEqualByComparingTo("50.0");
		assertThat(after.get("numerator").asInt()).isEqualTo(1_200);
		assertThat(after.get("denominator").asInt()).isEqualTo(2_400);
		assertThat(decimal(after, "england")).isEqualByComparingTo("59.5");
		assertThat(decimal(after, "region")).isEqualByComparingTo("60.5");
		assertThat(after.get("rank").asInt()).isEqualTo(2);
		assertThat(after.get("of").asInt()).isEqualTo(2);
		assertThat(decimal(get("/api/v1/kpis/annual-review-decision-4wk-pc/benchmark?area=383"), "value"))
			.isEqualByComparingTo("76.7");

		JsonNode internships = get("/api/v1/kpis/ehcp-supported-internships/series?area=E06000051");
		assertThat(lastPoint(internships).get("period").asString()).isEqualTo("202425");
		assertThat(lastPoint(internships).get("value").asInt()).isEqualTo(30);
		assertThat(internships.get("series").get(0).get("points")).extracting(point -> point.get("period").asString())
			.as("the older release's years stay, in time order").contains("202122").endsWith("202425");
		assertThat(get("/api/v1/kpis/ehcp-supported-internships/benchmark?area=E06000051").get("england").asInt())
			.isEqualTo(4_000);
	}

	private static void dropIntoInbox(Path inbox, String resource) throws IOException {
		Path file = new ClassPathResource(resource).getFile().toPath();
		Path dropped = Files.copy(file, inbox.resolve(file.getFileName().toString()));
		// Older than the inbox's settling time: a file no longer being written
		Files.setLastModifiedTime(dropped, FileTime.from(Instant.now().minusSeconds(60)));
	}

	private static JsonNode lastPoint(JsonNode series) {
		JsonNode points = series.get("series").get(0).get("points");
		return points.get(points.size() - 1);
	}

	@Test
	void anLaMeasureAskedForAnIcbIsABadRequestSayingWhatToAskFor() {
		assertThat(status("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=QOC").value()).isEqualTo(400);
		assertThat(status("/api/v1/kpis/ehcp-issued-20wk/benchmark?area=893&period=1999").value()).isEqualTo(400);
		assertThat(status("/api/v1/kpis/no-such-kpi/benchmark?area=893").value()).isEqualTo(404);
	}

}
