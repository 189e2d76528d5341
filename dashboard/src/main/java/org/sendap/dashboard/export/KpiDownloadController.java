package org.sendap.dashboard.export;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.sendap.dashboard.area.Area;
import org.sendap.dashboard.kpi.ChartFigure;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.KpiAreaException;
import org.sendap.dashboard.kpi.KpiPage;
import org.sendap.dashboard.kpi.KpiPageOptions;
import org.sendap.dashboard.kpi.KpiPageService;
import org.sendap.dashboard.kpi.KpiSeriesService;
import org.sendap.dashboard.kpi.LineageRepository;
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
 * The downloads of a KPI page: the figures behind one of its charts (trend, ranking, breakdown-N), with
 * their source and lineage, as CSV or an Excel workbook. Made from the page's own model with the
 * page's choices, so that a download holds what the chart shows.
 */
@Controller
class KpiDownloadController {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final KpiSeriesService kpis;

	private final KpiPageService pages;

	private final LineageRepository lineage;

	private final Clock clock;

	KpiDownloadController(KpiSeriesService kpis, KpiPageService pages, LineageRepository lineage, Clock clock) {
		this.kpis = kpis;
		this.pages = pages;
		this.lineage = lineage;
		this.clock = clock;
	}

	/** @param format csv or xlsx */
	@GetMapping("/kpis/{code}/download/{chart}.{format}")
	ResponseEntity<byte[]> download(@PathVariable String code, @PathVariable String chart, @PathVariable String format,
			@RequestParam String area, @RequestParam(required = false) List<String> compare,
			@RequestParam(required = false) String chosen, @RequestParam(required = false) String each,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		if (!format.equals("csv") && !format.equals("xlsx")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Downloads are .csv or .xlsx, not ." + format);
		}
		KpiPage page = page(code, area, KpiPageOptions.of(compare, chosen != null, each != null, from, to));
		FigureTable table = table(page, chart);
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (format.equals("csv")) {
			ExcelCsv.write(FigureTable.COLUMNS, table.rows(), body);
			return download(body.toByteArray(), new MediaType("text", "csv", StandardCharsets.UTF_8),
					page.fileName(chart) + ".csv");
		}
		XlsxFigures.write(table, page.area().name(), LocalDate.now(this.clock), body);
		return download(body.toByteArray(), XLSX, page.fileName(chart) + ".xlsx");
	}

	private KpiPage page(String code, String areaCode, KpiPageOptions options) {
		Kpi kpi = this.kpis.requiredKpi(code);
		Area area = this.kpis.requiredArea(areaCode);
		try {
			return this.pages.page(kpi, area, options);
		}
		catch (KpiAreaException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

	private FigureTable table(KpiPage page, String chart) {
		List<ChartFigure> figures = page.figures(chart)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"The page of " + page.kpi().code() + " has no chart " + chart));
		return new FigureTable(page.chartTitle(chart).orElse(chart), page.kpi(), figures,
				this.lineage.of(figures.stream()
					.flatMap(figure -> Stream.of(figure.importId(), figure.denominatorImportId()))
					.filter(Objects::nonNull)
					.toList()));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
