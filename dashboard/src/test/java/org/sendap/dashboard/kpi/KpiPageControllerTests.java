package org.sendap.dashboard.kpi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.area.AreaRepository;
import org.sendap.dashboard.system.DashboardProperties;
import org.sendap.dashboard.system.WarehouseVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(KpiPageController.class)
@Import(KpiPageService.class)
class KpiPageControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	KpiSeriesService service;

	@MockitoBean
	KpiBenchmarkService benchmarks;

	@MockitoBean
	AreaRepository areas;

	@MockitoBean
	KpiBreakdownService breakdowns;

	@MockitoBean
	LineageRepository lineage;

	@MockitoBean
	WarehouseVersion version;

	@TestConfiguration
	@EnableConfigurationProperties(DashboardProperties.class)
	static class Settings {

	}

	private static Kpi timeliness() {
		return new Kpi("ehcp-issued-20wk", "EHC plans issued within 20 weeks (including exceptions)", "%", "higher", 5,
				"Timely, good-quality EHC plans and reviews", "ratio", new BigDecimal("100"), 1, "la",
				"Plans issued within 20 weeks", "DfE SEN2", "Department for Education", null, List.of());
	}

	private static Area shropshire() {
		return new Area(7, "E06000051", "893", null, "Shropshire", "la", 3L);
	}

	private static KpiSeries.Series shropshireSeries(KpiPoint... points) {
		return new KpiSeries.Series(new KpiSeries.AreaSummary("E06000051", "Shropshire", "la"), KpiSeries.SELECTED,
				List.of(points), null);
	}

	private static KpiPoint suppressed2019() {
		return new KpiPoint("2019", "2019", null, null, null, "c", null);
	}

	private static KpiPoint published2024() {
		return new KpiPoint("2024", "2024", new BigDecimal("37.2"), new BigDecimal("268"), new BigDecimal("720"), null,
				null);
	}

	@BeforeEach
	void catalogue() {
		given(this.service.catalogue()).willReturn(List.of(timeliness()));
		given(this.service.kpi("ehcp-issued-20wk")).willReturn(Optional.of(timeliness()));
		// Not Found for an unknown code, from the stubbed lookup above
		given(this.service.requiredKpi(anyString())).willCallRealMethod();
		given(this.service.priorities()).willReturn(Map.of(5, "Timely, good-quality EHC plans and reviews"));
		given(this.areas.localAuthorities()).willReturn(List.of(shropshire()));
		given(this.benchmarks.benchmark(any(), any(), any())).willReturn(benchmark2024());
		given(this.benchmarks.ranking(any(), any(), any()))
			.willReturn(new KpiRanking("2024", "2024", "local authorities", "E06000051", List.of(), null));
		given(this.service.table(any())).willReturn(KpiTable.of(timeliness(), List.of()));
		// A warehouse of its own for each test: pages computed from another test's mocks are not reused
		given(this.version.current()).willReturn(System.nanoTime());
	}

	/** Shropshire 2024 against England, ranked and rated against a target. */
	private static KpiBenchmark benchmark2024() {
		KpiSeries.AreaSummary shropshire = new KpiSeries.AreaSummary("E06000051", "Shropshire", "la");
		return new KpiBenchmark(null, shropshire, shropshire, null, "2024", "2024", new BigDecimal("37.2"), null,
				new BigDecimal("268"), new BigDecimal("720"), new BigDecimal("45.9"), null, null, null, 102, 153,
				"local authorities", "C", null,
				new KpiBenchmark.Direction("2023", new BigDecimal("38.0"), new BigDecimal("-0.8"), "decrease", "worsening"),
				"red", new KpiTarget(new BigDecimal("60"), new BigDecimal("5"), null, null, "test", null), null, null,
				null, null, null, null);
	}

	@Test
	void benchmarkPanelSaysRankQuartileDirectionAndRagInWords() throws Exception {
		given(this.service.area("E06000051")).willReturn(Optional.of(shropshire()));
		given(this.service.series(any(), any())).willReturn(new KpiSeries(null, List.of(shropshireSeries(published2024()))));

		this.mvc.perform(get("/kpis/ehcp-issued-20wk").param("area", "E06000051"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("How Shropshire compares, 2024")))
			.andExpect(content().string(containsString("102nd of 153 local authorities (1st is the best)")))
			.andExpect(content().string(containsString("C (A is the best quarter of local authorities, D the worst)")))
			.andExpect(content().string(containsString("Worsening: down 0.8 percentage points from 38.0%")))
			.andExpect(content().string(containsString("60% or more; amber within 5%")))
			.andExpect(content().string(containsString("Red: off target")))
			.andExpect(content().string(containsString("Priority 5: Timely, good-quality EHC plans and reviews")));
	}

	@Test
	void defaultLocalAuthorityIsTheConfiguredOne() throws Exception {
		given(this.service.area("E06000051")).willReturn(Optional.of(shropshire()));
		given(this.service.series(any(), any())).willReturn(new KpiSeries(null, List.of(shropshireSeries(published2024()))));

		this.mvc.perform(get("/kpis/ehcp-issued-20wk"))
			.andExpect(status().isOk())
			.andExpect(view().name(KpiPageController.VIEW))
			.andExpect(model().attribute("area", shropshire()))
			.andExpect(content().string(containsString("37.2%")))
			.andExpect(content().string(containsString("268 of 720")));
	}

	@Test
	void suppressedValueIsShownAsTheSymbolWithItsMeaningNeverAsZero() throws Exception {
		given(this.service.area("893")).willReturn(Optional.of(shropshire()));
		given(this.service.series(any(), any()))
			.willReturn(new KpiSeries(null, List.of(shropshireSeries(suppressed2019(), published2024()))));

		this.mvc.perform(get("/kpis/ehcp-issued-20wk").param("area", "893"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("confidential (suppressed)")))
			.andExpect(content().string(not(containsString("0.0%"))));
	}

	@Test
	void unknownAreaIsNotFoundAndTheChoiceIsOffered() throws Exception {
		given(this.service.area("X99")).willReturn(Optional.empty());

		this.mvc.perform(get("/kpis/ehcp-issued-20wk").param("area", "X99"))
			.andExpect(status().isNotFound())
			.andExpect(model().attribute("unknownArea", "X99"))
			.andExpect(content().string(containsString("There is no local authority with the code X99")))
			.andExpect(content().string(containsString("<select class=\"govuk-select\" id=\"area\" name=\"area\">")));
	}

	@Test
	void areaWithoutFiguresSaysSoInsteadOfDrawingAnEmptyChart() throws Exception {
		given(this.service.area("E06000051")).willReturn(Optional.of(shropshire()));
		given(this.service.series(any(), any())).willReturn(new KpiSeries(null, List.of(shropshireSeries())));

		this.mvc.perform(get("/kpis/ehcp-issued-20wk"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("There are no figures for Shropshire")))
			.andExpect(content().string(not(containsString("id=\"kpi-chart\""))));
	}

}
