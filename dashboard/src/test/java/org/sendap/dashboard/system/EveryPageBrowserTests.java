package org.sendap.dashboard.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.WebElement;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;

/**
 * Every page of the dashboard in headless Chromium, on the sample data: it loads without errors in
 * the browser console, its charts finish drawing, and axe-core finds no WCAG 2.2 A or AA violation.
 * The pages: the overview of three LAs in three regions, every KPI's page for Shropshire, a KPI page
 * with every choice made, an NHS measure for an ICB, the import history and an import, the pages
 * of an unknown area, and forecast pages (with a scenario, monthly, and a KPI that is not forecast).
 */
@DashboardIntegrationTest
class EveryPageBrowserTests extends BrowserTests {

	Stream<String> pages() {
		RestClient api = RestClient.builder().baseUrl("http://localhost:" + this.port).build();
		List<String> pages = new ArrayList<>(List.of("/", "/?area=E08000035", "/?area=E10000016",
				"/kpis/ehcp-issued-20wk?area=E06000051&chosen=1&compare=england&compare=neighbours&each=1&from=2019&to=2023",
				"/kpis/cyp-salt-waiting-list?area=QOC", "/kpis/autism-open-13wk-pc-0-17?area=E08000035", "/imports",
				"/imports?status=FAILED", "/?area=X99", "/kpis/ehcp-issued-20wk?area=X99",
				"/kpis/ehcp-caseload/forecast?area=E06000051",
				"/kpis/ehcp-special-caseload/forecast?area=E06000051&growth=5&shift=20",
				"/kpis/cyp-salt-waiting-list/forecast?area=E06000051&horizon=6",
				"/kpis/ehcp-issued-20wk/forecast?area=E06000051"));
		api.get().uri("/api/v1/kpis").retrieve().body(JsonNode.class)
			.forEach(kpi -> pages.add("/kpis/" + kpi.get("code").asString() + "?area=E06000051"));
		long firstImport = api.get().uri("/api/v1/imports?limit=1").retrieve().body(JsonNode.class).get(0)
			.get("importId").asLong();
		pages.add("/imports/" + firstImport);
		return pages.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void pageLoadsDrawsItsChartsAndMeetsWcag22Aa(String page) {
		this.session.open(page);

		List<WebElement> charts = this.session.drawnCharts();
		assertThat(charts).allSatisfy(chart -> assertThat(chart.getAttribute("aria-label")).isNotBlank());
		assertThat(this.session.accessibilityViolations()).as("axe-core WCAG 2.2 A/AA violations on %s", page).isEmpty();
		// An unknown area's page answers 404 on purpose: the browser logs the page's own status, nothing else
		String ownStatus = this.session.url(page) + " - Failed to load resource: the server responded with a status of 404";
		assertThat(this.session.consoleErrors()).as("console errors on %s", page)
			.filteredOn(error -> !(page.contains("X99") && error.startsWith(ownStatus)))
			.isEmpty();
	}

}
