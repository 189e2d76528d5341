package org.sendap.dashboard.imports;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.sendap.etl.ees.EesSourceLayout;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.SourceLayouts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import pages rendered from hand-made history rows: lineage, truncated findings, status
 * badges, paging and the upload form's answers, which the sample data alone does not show.
 */
@WebMvcTest(ImportsPageController.class)
class ImportsPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ImportRepository imports;

	@MockitoBean
	UploadImporter uploads;

	@TestConfiguration
	@EnableConfigurationProperties(UploadProperties.class)
	static class Settings {

		@Bean
		SourceLayouts layouts() {
			return new SourceLayouts(List.of(new EesSourceLayout()));
		}

	}

	private static final Instant STARTED = Instant.parse("2025-07-01T08:59:58Z");

	private static final Instant FINISHED = Instant.parse("2025-07-01T09:00:05Z");

	/** The 2025 timeliness file, replaced by a later import of a revised copy (#12) and replacing #4. */
	private static ImportRun supersededTimeliness() {
		return new ImportRun(7, "timeliness_20_week.csv", "6720f74f5e4e32efecd27ca4335805c9fb766a07f4b661284ec06f4d4df6ef13",
				"ees-csv", "inbox", "Education, health and care plans", "timeliness_20_week", "Reporting year 2025",
				ImportRun.SUPERSEDED, STARTED, FINISHED, 12_211, 170_954, 0, 1_234, 0, null, 12L, List.of(4L),
				"/srv/sendap/inbox/timeliness_20_week.csv", "/srv/sendap/inbox/archive/2025-07-01/timeliness_20_week.csv");
	}

	private static ImportRun rejectedWorkbook() {
		return new ImportRun(13, "community_health_2023-03-01.xlsx",
				"a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1", "nhs-chs-waiting-lists", "upload", null,
				null, null, ImportRun.FAILED, STARTED, FINISHED, 0, 0, 0, 0, 2, "community_health_2023-03-01.xlsx, "
						+ "line 14, column 'Total': two rows for the same area\nand 1 more error",
				null, List.of(), "/srv/sendap/uploads/2025-07-01/community_health_2023-03-01.xlsx", null);
	}

	private static ImportReport.Check breakdownSums() {
		return new ImportReport.Check("breakdown-sum", "WARNING", 1_234, 50,
				"Breakdown rows that do not add up to their total");
	}

	private static ImportReport.Finding breakdownSumInSheet() {
		return new ImportReport.Finding("breakdown-sum", "WARNING", "community_health_2023-03-01.xlsx", "Table 4a", 31L,
				"0-1 weeks", "17", "the services add up to 17, the total is 19");
	}

	@Test
	void historyShowsStatusInWordsLineageAndTimesInLondon() throws Exception {
		given(this.imports.count(null)).willReturn(2);
		given(this.imports.newestFirst(isNull(), eq(0), eq(50))).willReturn(List.of(rejectedWorkbook(), supersededTimeliness()));

		this.mvc.perform(get("/imports"))
			.andExpect(status().isOk())
			.andExpect(view().name(ImportsPageController.LIST_VIEW))
			.andExpect(content().string(containsString("Imports 1 to 2 of 2, newest first")))
			// BST: 08:59:58 UTC is 09:59:58 in London
			.andExpect(content().string(containsString("1 Jul 2025, 09:59:58")))
			.andExpect(content().string(containsString("10:00:05")))
			.andExpect(content().string(containsString("<span>Superseded</span>")))
			.andExpect(content().string(containsString("<span>Failed</span>")))
			.andExpect(content().string(containsString("href=\"/imports/12\"")))
			.andExpect(content().string(containsString("href=\"/imports/4\"")))
			.andExpect(content().string(containsString("1,234")))
			.andExpect(content().string(containsString("title=\"6720f74f5e4e32efecd27ca4335805c9fb766a07f4b661284ec06f4d4df6ef13\"")))
			.andExpect(content().string(containsString("6720f74f5e4e…")))
			// only the first line of a failure's message in the list; all of it on the import's page
			.andExpect(content().string(containsString("line 14, column &#39;Total&#39;: two rows for the same area")))
			.andExpect(content().string(not(containsString("and 1 more error"))));
	}

	@Test
	void fiftyImportsAPageWithLinksToTheOthers() throws Exception {
		given(this.imports.count(null)).willReturn(120);
		given(this.imports.newestFirst(isNull(), eq(50), eq(50)))
			.willReturn(Collections.nCopies(50, supersededTimeliness()));

		this.mvc.perform(get("/imports").param("page", "2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imports 51 to 100 of 120, newest first")))
			.andExpect(content().string(containsString("Page 2 of 3")))
			.andExpect(content().string(containsString("href=\"/imports?page=1\"")))
			.andExpect(content().string(containsString("href=\"/imports?page=3\"")));
	}

	@Test
	void statusFilterShowsOneStatusAndAnUnknownOneIsSaidSo() throws Exception {
		given(this.imports.count("FAILED")).willReturn(1);
		given(this.imports.newestFirst(eq("FAILED"), anyInt(), anyInt())).willReturn(List.of(rejectedWorkbook()));

		this.mvc.perform(get("/imports").param("status", "failed"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Imports 1 to 1 of 1 with status Failed, newest first")));
		this.mvc.perform(get("/imports").param("status", "finished"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("There is no status finished. Showing all imports.")));
	}

	@Test
	void reportSaysWhenOnlyTheFirstFindingsOfACheckAreKept() throws Exception {
		given(this.imports.report(13)).willReturn(Optional.of(new ImportReport(rejectedWorkbook(), List.of(breakdownSums()),
				List.of(breakdownSumInSheet()), List.of(new ImportReport.Skip("area not in the LA lookup", 3, 19,
						"sheet 'Table 4' rows 19, 20, 27"), new ImportReport.Skip("recorded before places were kept", 2, 40, null)))));

		this.mvc.perform(get("/imports/13"))
			.andExpect(status().isOk())
			.andExpect(view().name(ImportsPageController.DETAIL_VIEW))
			.andExpect(content().string(containsString("Only the first 50 of 1,234 findings of the check breakdown-sum are kept in detail.")))
			.andExpect(content().string(containsString("sheet &#39;Table 4a&#39; row 31")))
			.andExpect(content().string(containsString("Why this file was rejected")))
			.andExpect(content().string(containsString("and 1 more error")))
			.andExpect(content().string(containsString("area not in the LA lookup")))
			.andExpect(content().string(containsString("sheet &#39;Table 4&#39; rows 19, 20, 27")))
			.andExpect(content().string(containsString("<td>line 40</td>")))
			.andExpect(content().string(containsString("a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1")));
	}

	@Test
	void reportLinksBothWaysAlongTheLineage() throws Exception {
		given(this.imports.report(7))
			.willReturn(Optional.of(new ImportReport(supersededTimeliness(), List.of(), List.of(), List.of())));

		this.mvc.perform(get("/imports/7"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DfE Explore Education Statistics tidy CSV")))
			.andExpect(content().string(allOf(containsString("Replaced by"), containsString("href=\"/imports/12\""),
					containsString("href=\"/imports/4\""), containsString("No data-quality check found anything"))));
	}

	@Test
	void reportSaysWhereTheFileWasReadFromAndWhereTheInboxMovedIt() throws Exception {
		given(this.imports.report(7))
			.willReturn(Optional.of(new ImportReport(supersededTimeliness(), List.of(), List.of(), List.of())));
		given(this.imports.report(13))
			.willReturn(Optional.of(new ImportReport(rejectedWorkbook(), List.of(), List.of(), List.of())));

		this.mvc.perform(get("/imports/7"))
			.andExpect(content().string(containsString("/srv/sendap/inbox/timeliness_20_week.csv")))
			.andExpect(content().string(allOf(containsString("Moved by the inbox to"),
					containsString("/srv/sendap/inbox/archive/2025-07-01/timeliness_20_week.csv"))));
		this.mvc.perform(get("/imports/13"))
			.andExpect(content().string(containsString("/srv/sendap/uploads/2025-07-01/community_health_2023-03-01.xlsx")))
			.andExpect(content().string(not(containsString("Moved by the inbox to"))));
	}

	@Test
	void unknownImportIsNotFound() throws Exception {
		given(this.imports.report(99)).willReturn(Optional.empty());

		this.mvc.perform(get("/imports/99"))
			.andExpect(status().isNotFound())
			.andExpect(view().name(ImportsPageController.NOT_FOUND_VIEW))
			.andExpect(content().string(containsString("There is no import 99 in the import history.")));
		this.mvc.perform(get("/imports/latest")).andExpect(status().isNotFound());
	}

	@Test
	void uploadOfOneFileGoesToItsImportWithTheOutcome() throws Exception {
		UploadResult imported = new UploadResult("b1_children_in_need_2013_to_2025.csv", ImportOutcome.Result.IMPORTED,
				"b1_children_in_need_2013_to_2025", 21L, 2_132, 17_056, 0, List.of(), null, 4, null);
		given(this.uploads.importUpload(eq("b1_children_in_need_2013_to_2025.csv"), any())).willReturn(List.of(imported));

		this.mvc.perform(multipart("/imports/upload").file(new MockMultipartFile("file",
				"b1_children_in_need_2013_to_2025.csv", "text/csv", "time_period,geographic_level\n".getBytes())))
			.andExpect(redirectedUrl("/imports/21"))
			.andExpect(flash().attribute("uploadResults", List.of(imported)));
	}

	@Test
	void uploadOverTheServletLimitComesBackToTheFormWithTheLimit() throws Exception {
		this.mvc.perform(get("/imports").param("upload", "too-large"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("uploadError", "upload.error.too-large"))
			.andExpect(content().string(containsString("The file is larger than the upload limit of 100 MB.")));
	}

	@Test
	void uploadWithoutAFileAsksForOneAndImportsNothing() throws Exception {
		this.mvc.perform(multipart("/imports/upload"))
			.andExpect(status().isBadRequest())
			.andExpect(model().attribute("uploadError", "upload.error.none"))
			.andExpect(content().string(containsString("Choose a file to upload.")));
		then(this.uploads).should(never()).importUpload(any(), any());
	}

}
