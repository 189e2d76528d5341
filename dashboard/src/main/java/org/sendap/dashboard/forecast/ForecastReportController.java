package org.sendap.dashboard.forecast;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forecast report of a KPI and area, with the page's horizon and scenario: an Excel workbook
 * (with a native chart), a PDF, or the figures as CSV.
 */
@Controller
class ForecastReportController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final KpiSeriesService kpis;

	private final ForecastService forecasts;

	private final ScenarioRepository scenarios;

	ForecastReportController(KpiSeriesService kpis, ForecastService forecasts, ScenarioRepository scenarios) {
		this.kpis = kpis;
		this.forecasts = forecasts;
		this.scenarios = scenarios;
	}

	/** @param format xlsx, pdf or csv */
	@GetMapping("/kpis/{code}/forecast/report.{format}")
	ResponseEntity<byte[]> report(@PathVariable String code, @PathVariable String format, @RequestParam String area,
			@RequestParam(required = false) Integer horizon, @RequestParam(required = false) BigDecimal growth,
			@RequestParam(required = false) BigDecimal shift, @RequestParam(required = false) Long scenario) {
		Kpi kpi = this.kpis.kpi(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No KPI with code " + code));
		Area selected = this.kpis.area(area)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No area with code " + area));
		ForecastPage page;
		try {
			Scenario applied = ScenarioRequest.resolve(this.scenarios, kpi, selected, scenario, growth, shift);
			page = new ForecastPage(kpi, selected, this.forecasts.forecast(kpi, selected, horizon, applied), horizon,
					this.scenarios.saved(kpi.code(), selected.id()));
		}
		catch (KpiAreaException | IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		if (!page.forecast().available()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, page.forecast().notAvailable());
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		String name = page.fileName();
		return switch (format) {
			case "xlsx" -> {
				ForecastWorkbook.write(page, body);
				yield download(body.toByteArray(), XLSX, name + ".xlsx");
			}
			case "pdf" -> {
				ForecastPdf.write(page, body);
				yield download(body.toByteArray(), MediaType.APPLICATION_PDF, name + ".pdf");
			}
			case "csv" -> {
				ForecastCsv.write(page.forecast(), body);
				yield download(body.toByteArray(), new MediaType("text", "csv", StandardCharsets.UTF_8), name + ".csv");
			}
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Forecast reports are .xlsx, .pdf or .csv, not ." + format);
		};
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
