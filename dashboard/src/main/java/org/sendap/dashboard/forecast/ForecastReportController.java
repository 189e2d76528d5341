package org.sendap.dashboard.forecast;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.export.ExcelCsv;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
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

	private final ForecastPages pages;

	ForecastReportController(ForecastPages pages) {
		this.pages = pages;
	}

	/** @param format xlsx, pdf or csv */
	@GetMapping("/kpis/{code}/forecast/report.{format}")
	ResponseEntity<byte[]> report(@PathVariable String code, @PathVariable String format, @RequestParam String area,
			@RequestParam(required = false) Integer horizon, @RequestParam(required = false) BigDecimal growth,
			@RequestParam(required = false) BigDecimal shift, @RequestParam(required = false) Long scenario) {
		Kpi kpi = this.pages.kpi(code);
		Area selected = this.pages.area(area);
		ForecastPage page;
		try {
			page = this.pages.page(kpi, selected, horizon, growth, shift, scenario);
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
				ExcelCsv.write(ForecastRows.COLUMNS, ForecastRows.table(page.forecast()), body);
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
