package org.sendap.dashboard.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendap.etl.testsupport.TestFiles;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * The import history (pages and JSON API) over the sample data the application imported on its
 * first start, and uploads through the page's form end to end: a real DfE file is imported and then
 * recognised as already imported; a PDF, a CSV in no known layout and a file over the size limit are
 * refused with their reasons. Run on H2 and on PostgreSQL.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class AbstractImportsApiIntegrationTests {

	/**
	 * Children in need referrals and re-referrals (DfE, 2013 to 2025), as published: not in the sample
	 * data, so that its upload imports it.
	 */
	static final String REFERRALS = "ees-children-in-need/c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv";

	static final String REFERRALS_SHA256 = "e548b10b4e2de4e8845c35eae274f6280636f5ff262f8189cbe62c320591f75d";

	@LocalServerPort
	int port;

	RestClient client;

	HttpClient http;

	/** A page reached by following the redirect after an upload, with the session that carries its outcome. */
	record Upload(HttpStatusCode status, String location, String page) {
	}

	@BeforeEach
	void client() {
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.client = RestClient.builder()
			.baseUrl("http://localhost:" + this.port)
			.requestFactory(new JdkClientHttpRequestFactory(this.http))
			.build();
	}

	private JsonNode get(String path) {
		return this.client.get().uri(path).retrieve().body(JsonNode.class);
	}

	private String page(String path) {
		return this.client.get().uri(path).retrieve().body(String.class);
	}

	private HttpStatusCode status(String path) {
		return this.client.get().uri(path).exchange((request, response) -> response.getStatusCode(), true);
	}

	private Upload upload(Resource file) {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", file);
		return this.client.post()
			.uri("/imports/upload")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> {
				String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
				String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
				if (response.getStatusCode().is3xxRedirection()) {
					return new Upload(response.getStatusCode(), location, page(location));
				}
				return new Upload(response.getStatusCode(), null, body);
			}, true);
	}

	private static Resource named(String fileName, String content) {
		return new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
			@Override
			public String getFilename() {
				return fileName;
			}
		};
	}

	private static Resource referrals() {
		return new ClassPathResource(REFERRALS);
	}

	private static Resource pdfDocument() {
		return named("monthly-report.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	private static Resource csvInNoKnownLayout() {
		return named("staff-list.csv", "name,team\nAda,SEND casework\nGrace,Data\n");
	}

	private List<JsonNode> allImports() {
		List<JsonNode> imports = new ArrayList<>();
		get("/api/v1/imports?limit=1000").forEach(imports::add);
		return imports;
	}

	private JsonNode sampleImport(String file) {
		return allImports().stream()
			.filter(run -> run.get("origin").asString().equals("first start") && run.get("file").asString().equals(file))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no sample import of " + file));
	}

	private static long importIdOf(Upload upload) {
		assertThat(upload.location()).matches("(http://localhost:\\d+)?/imports/\\d+");
		return Long.parseLong(upload.location().substring(upload.location().lastIndexOf('/') + 1));
	}

	@Test
	void listsEverySampleImportWithItsRealCounts() {
		List<JsonNode> sample = allImports().stream()
			.filter(run -> run.get("origin").asString().equals("first start"))
			.toList();

		Map<String, long[]> counts = new TreeMap<>();
		sample.forEach(run -> counts.put(run.get("file").asString(),
				new long[] { run.get("rowsRead").asLong(), run.get("factsWritten").asLong() }));
		assertThat(counts).containsOnlyKeys("sen2_age_caseload.csv", "sen2_age_new_plans.csv",
				"sen2_estab_caseload.csv", "sen2_estab_new_plans.csv", "sen2_mi.csv", "sen2_wbp_residential_dmo.csv",
				"timeliness_20_week.csv", "caseload.csv", "requests.csv", "assessments.csv",
				"b1_children_in_need_2013_to_2025.csv", "4_absence_2term_pru.csv", "absence_la.csv",
				"community_health_2023-03-01.xlsx", "community_health_2023-04-01.xlsx",
				"community_health_2023-05-01.xlsx", "community_health_2023-06-01.xlsx",
				"community_health_2023-07-01.xlsx", "community_health_2023-08-01.xlsx",
				"community_health_2023-09-01.xlsx", "community_health_2023-11-01.xlsx",
				"AutismStatsDec22_subICB_extract.csv",
				"ons_mid-year_population_estimates_2012_to_2024.csv", "snpp2022_persons_shropshire_age0_25.csv",
				"send-known-to-social-care_2025-09.xlsx", "send-known-to-social-care_2025-10.xlsx");
		assertThat(counts.get("sen2_age_caseload.csv")).containsExactly(11_814, 70_884);
		assertThat(counts.get("sen2_age_new_plans.csv")).containsExactly(11_814, 70_884);
		assertThat(counts.get("sen2_estab_caseload.csv")).containsExactly(68_624, 411_744);
		assertThat(counts.get("sen2_estab_new_plans.csv")).containsExactly(68_624, 411_744);
		assertThat(counts.get("sen2_mi.csv")).containsExactly(1_294, 64_700);
		assertThat(counts.get("sen2_wbp_residential_dmo.csv")).containsExactly(970, 28_130);
		assertThat(counts.get("timeliness_20_week.csv")).containsExactly(12_211, 170_954);
		assertThat(counts.get("caseload.csv")).containsExactly(25_339, 1_216_272);
		assertThat(counts.get("requests.csv")).containsExactly(13_169, 223_873);
		assertThat(counts.get("assessments.csv")).containsExactly(12_847, 244_093);
		assertThat(counts.get("b1_children_in_need_2013_to_2025.csv")).containsExactly(2_132, 17_056);
		assertThat(counts.get("4_absence_2term_pru.csv")).containsExactly(1_373, 42_563);
		assertThat(counts.get("absence_la.csv")).containsExactly(17_220, 206_640);
		assertThat(counts.get("community_health_2023-09-01.xlsx")).containsExactly(1_432, 32_464);
		assertThat(counts.get("community_health_2023-11-01.xlsx")).containsExactly(1_456, 28_379);
		assertThat(counts.get("AutismStatsDec22_subICB_extract.csv")).containsExactly(10_710, 10_710);
		assertThat(counts.get("ons_mid-year_population_estimates_2012_to_2024.csv")).containsExactly(2_132, 2_132);
		assertThat(counts.get("snpp2022_persons_shropshire_age0_25.csv")).containsExactly(26, 676);
		assertThat(counts.get("send-known-to-social-care_2025-10.xlsx")).containsExactly(357, 357);
		assertThat(sample).allSatisfy(run -> assertThat(run.get("status").asString()).isEqualTo("COMPLETED"));
	}

	@Test
	void anImportCarriesItsFileChecksumDatasetReleaseAndTimes() {
		JsonNode senMi = sampleImport("sen2_mi.csv");

		assertThat(senMi.get("sha256").asString()).isEqualTo("7067c0f1e543aa8457c571c5ec2ee4f7cb5741be79615211635a561c6145d1fe");
		assertThat(senMi.get("source").asString()).isEqualTo("ees-csv");
		assertThat(senMi.get("publication").asString()).isEqualTo("Education, health and care plans");
		assertThat(senMi.get("dataset").asString()).isEqualTo("sen2_mi");
		assertThat(senMi.get("release").asString()).isEqualTo("2022 Reporting year");
		assertThat(senMi.get("rowsSkipped").asLong()).isZero();
		assertThat(senMi.get("warnings").asLong()).isZero();
		assertThat(senMi.get("errors").asLong()).isZero();
		assertThat(senMi.get("message").isNull()).isTrue();
		assertThat(senMi.get("supersededBy").isNull()).isTrue();
		assertThat(senMi.get("supersedes")).isEmpty();
		String started = senMi.get("startedAt").asString();
		assertThat(started).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
		assertThat(Instant.parse(senMi.get("finishedAt").asString())).isAfterOrEqualTo(Instant.parse(started));
		// the manifest's checksum of the shipped 2025 file
		assertThat(sampleImport("timeliness_20_week.csv").get("sha256").asString())
			.isEqualTo("6720f74f5e4e32efecd27ca4335805c9fb766a07f4b661284ec06f4d4df6ef13");
	}

	@Test
	void listIsNewestFirstAndCanBeFilteredAndLimited() {
		List<Long> ids = allImports().stream().map(run -> run.get("importId").asLong()).toList();
		assertThat(ids).isSortedAccordingTo((a, b) -> Long.compare(b, a));

		JsonNode completed = get("/api/v1/imports?status=completed");
		assertThat(completed).isNotEmpty();
		completed.forEach(run -> assertThat(run.get("status").asString()).isEqualTo("COMPLETED"));
		assertThat(get("/api/v1/imports?limit=2")).hasSize(2);
		assertThat(status("/api/v1/imports?status=finished")).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(status("/api/v1/imports?limit=0")).isEqualTo(HttpStatus.BAD_REQUEST);
	}

	@Test
	void detailHasTheChecksFindingsAndSkipsOfAnImport() {
		long importId = sampleImport("sen2_age_caseload.csv").get("importId").asLong();

		JsonNode report = get("/api/v1/imports/" + importId);

		assertThat(report.get("file").asString()).isEqualTo("sen2_age_caseload.csv");
		// LAs the children in need file (imported before it) did not bring: predecessor codes of 2022
		assertThat(report.get("warnings").asLong()).isEqualTo(2);
		assertThat(report.get("checks")).hasSize(1);
		JsonNode check = report.get("checks").get(0);
		assertThat(check.get("code").asString()).isEqualTo("unknown-area");
		assertThat(check.get("severity").asString()).isEqualTo("WARNING");
		assertThat(check.get("count").asLong()).isEqualTo(2);
		assertThat(check.get("kept").asLong()).isEqualTo(2);
		assertThat(check.get("description").asString()).isEqualTo("An area the area dimension did not know");
		assertThat(report.get("findings")).hasSize(2);
		JsonNode first = report.get("findings").get(0);
		assertThat(first.get("check").asString()).isEqualTo("unknown-area");
		assertThat(first.get("file").asString())
			.isEqualTo("education-health-and-care-plans_2022.zip!data/sen2_age_caseload.csv");
		assertThat(first.get("line").asLong()).isEqualTo(8656);
		assertThat(first.get("value").asString()).isEqualTo("E08000020");
		assertThat(first.get("message").asString()).contains("Gateshead");
		assertThat(report.get("skips")).isEmpty();
	}

	@Test
	void pagesShowTheHistoryAndAnImportsReport() {
		JsonNode caseload = sampleImport("sen2_age_caseload.csv");
		long importId = caseload.get("importId").asLong();

		String list = page("/imports");
		assertThat(list).contains("<table id=\"imports-table\"", "sen2_mi.csv", "1,294", "64,700", "first start",
				"Completed", "href=\"/imports/" + importId + "\"", "title=\"" + caseload.get("sha256").asString() + "\"",
				"aria-current=\"page\">Import history</a>");

		String detail = page("/imports/" + importId);
		assertThat(detail).contains("Import #" + importId + ": sen2_age_caseload.csv", caseload.get("sha256").asString(),
				"unknown-area", "An area the area dimension did not know", "line 8656", "E08000020", "11,814",
				"Education, health and care plans", "2022 Reporting year");
	}

	@Test
	void unknownImportIsNotFound() {
		assertThat(status("/api/v1/imports/987654")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("/imports/987654")).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(status("/imports/not-a-number")).isEqualTo(HttpStatus.NOT_FOUND);
		String page = this.client.get()
			.uri("/imports/987654")
			.exchange((request, response) -> new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8), true);
		assertThat(page).contains("There is no import 987654 in the import history.");
	}

	@Test
	void uploadedFileIsImportedEndToEndAndAgainIsAlreadyImported() {
		Upload first = upload(referrals());

		assertThat(first.status()).isEqualTo(HttpStatus.FOUND);
		long importId = importIdOf(first);
		assertThat(first.page()).contains("Imported", "c1_children_in_need_referrals_and_rereferrals_2013_to_2025.csv",
				"Rows read: 2,132. Facts written: 21,320. Rows skipped: 0.");
		JsonNode report = get("/api/v1/imports/" + importId);
		assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
		assertThat(report.get("origin").asString()).isEqualTo("upload");
		assertThat(report.get("source").asString()).isEqualTo("ees-csv");
		assertThat(report.get("dataset").asString()).isEqualTo("c1_children_in_need_referrals_and_rereferrals_2013_to_2025");
		assertThat(report.get("sha256").asString()).isEqualTo(REFERRALS_SHA256);
		assertThat(report.get("rowsRead").asLong()).isEqualTo(2_132);
		// referrals to children's social care in the year to 31 March 2025 as DfE published: Shropshire 1,504
		JsonNode shropshire2025 = null;
		for (JsonNode observation : get("/api/v1/observations?indicator=referral_count&area=E06000051"
				+ "&dataset=c1_children_in_need_referrals_and_rereferrals_2013_to_2025")) {
			if (observation.get("period").asString().equals("2025")) {
				shropshire2025 = observation;
			}
		}
		assertThat(shropshire2025).isNotNull();
		assertThat(shropshire2025.get("value").asInt()).isEqualTo(1_504);

		Upload again = upload(referrals());

		assertThat(importIdOf(again)).isEqualTo(importId);
		assertThat(again.page()).contains("Already imported",
				"Unchanged: the same content was imported before, as import #" + importId + "; nothing was written.");
		assertThat(allImports()).filteredOn(run -> run.get("sha256").asString().equals(REFERRALS_SHA256))
			.hasSize(1);
	}

	@Test
	void releaseZipIsExpandedIntoItsDataFilesAndEachIsReported() {
		Upload upload = upload(new FileSystemResource(TestFiles.sampleData(TestFiles.EHCP_2022_ZIP)));

		// several files: back to the history, with one outcome per data file of the release
		assertThat(upload.location()).matches("(http://localhost:\\d+)?/imports");
		long senMi = sampleImport("sen2_mi.csv").get("importId").asLong();
		assertThat(upload.page()).contains("education-health-and-care-plans_2022.zip!data/sen2_age_caseload.csv",
				"education-health-and-care-plans_2022.zip!data/sen2_wbp_residential_dmo.csv",
				"Unchanged: the same content was imported before, as import #" + senMi + "; nothing was written.");
		assertThat(upload.page().split("Already imported", -1)).hasSize(6 + 1);
		assertThat(allImports()).filteredOn(run -> run.get("file").asString().equals("sen2_mi.csv")).hasSize(1);
	}

	@Test
	void pdfIsRefusedSayingWhatWasExpectedAndListedAsFailed() {
		Upload upload = upload(pdfDocument());

		long importId = importIdOf(upload);
		String reason = "monthly-report.pdf: this is a PDF document; expected a CSV file (text whose first line names "
				+ "the columns, separated by commas), an Excel workbook (.xlsx) or a release zip (.zip) as downloaded";
		assertThat(upload.page()).contains("Rejected", reason, "Nothing from this file was written to the warehouse.");
		JsonNode failed = null;
		for (JsonNode run : get("/api/v1/imports?status=failed")) {
			if (run.get("importId").asLong() == importId) {
				failed = run;
			}
		}
		assertThat(failed).isNotNull();
		assertThat(failed.get("status").asString()).isEqualTo("FAILED");
		assertThat(failed.get("origin").asString()).isEqualTo("upload");
		assertThat(failed.get("file").asString()).isEqualTo("monthly-report.pdf");
		assertThat(failed.get("message").asString()).isEqualTo(reason);
		assertThat(failed.get("dataset").isNull()).isTrue();
		assertThat(failed.get("factsWritten").asLong()).isZero();
		assertThat(page("/imports?status=failed")).contains("monthly-report.pdf", "Failed",
				"this is a PDF document; expected a CSV file");
	}

	@Test
	void csvInNoKnownLayoutIsRejectedByThePipelineWithItsReason(CapturedOutput output) {
		Upload upload = upload(csvInNoKnownLayout());

		JsonNode report = get("/api/v1/imports/" + importIdOf(upload));
		assertThat(report.get("status").asString()).isEqualTo("FAILED");
		assertThat(report.get("source").asString()).isEqualTo("not recognised");
		assertThat(report.get("message").asString())
			.startsWith("staff-list.csv: this is a CSV file whose header is: name, team; it is not in a layout "
					+ "this product imports. Supported layouts:");
		assertThat(upload.page()).contains("Rejected", "staff-list.csv: this is a CSV file whose header is: name, team");
		// the reason is on the page and in one log line; Spring Batch's failure of the step is not logged again
		assertThat(output).contains("Rejected staff-list.csv: this is a CSV file whose header is: name, team")
			.doesNotContain("Encountered an error executing step", "Encountered fatal error executing job",
					"at org.springframework.batch.");
	}

	@Test
	void uploadedFileNameCannotLeaveTheUploadFolder() throws IOException {
		Upload upload = upload(named("../../../escaped-upload.csv", "name,team\nAda,SEND casework\n"));

		JsonNode report = get("/api/v1/imports/" + importIdOf(upload));
		assertThat(report.get("file").asString()).isEqualTo("escaped-upload.csv");
		assertThat(Path.of("escaped-upload.csv")).doesNotExist();
		assertThat(Path.of("..", "escaped-upload.csv")).doesNotExist();
		assertThat(Path.of("target", "escaped-upload.csv")).doesNotExist();
		try (Stream<Path> saved = Files.walk(Path.of("target", "test-uploads"))) {
			assertThat(saved.map(path -> path.getFileName().toString())).contains("escaped-upload.csv");
		}
	}

	@Test
	void uploadOverTheSizeLimitGetsTheLimitInsteadOfAnErrorPage() throws Exception {
		int importsBefore = allImports().size();
		Path huge = Files.createTempFile("sendap-huge", ".csv");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			// sparse: 100 MB and one byte that take no room on disk
			file.setLength(DataSize.ofMegabytes(100).toBytes() + 1);
		}
		String boundary = "sendap-test-boundary";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/imports/upload"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(
					HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data; "
							+ "name=\"file\"; filename=\"huge.csv\"\r\nContent-Type: text/csv\r\n\r\n"),
					HttpRequest.BodyPublishers.ofFile(huge),
					HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n")))
			.build();
		try {
			HttpResponse<String> response = this.http.send(request, HttpResponse.BodyHandlers.ofString());

			assertThat(response.statusCode()).isEqualTo(HttpStatus.FOUND.value());
			String location = response.headers().firstValue(HttpHeaders.LOCATION).orElseThrow();
			assertThat(location).endsWith("/imports?upload=too-large");
			assertThat(page(location)).contains("There is a problem with the upload",
					"The file is larger than the upload limit of 100 MB.", "<table id=\"imports-table\"");
			assertThat(allImports()).hasSize(importsBefore);
		}
		finally {
			Files.delete(huge);
		}
	}

	@Test
	void uploadWithoutAFileAsksForOne() {
		MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("note", "no file");

		Upload upload = this.client.post()
			.uri("/imports/upload")
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.exchange((request, response) -> new Upload(response.getStatusCode(), null,
					new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)), true);

		assertThat(upload.status()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(upload.page()).contains("Choose a file to upload.");
	}

}
