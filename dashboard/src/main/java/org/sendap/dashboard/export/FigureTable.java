package org.sendap.dashboard.export;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sendap.dashboard.kpi.ChartFigure;
import org.sendap.dashboard.kpi.ImportLineage;
import org.sendap.dashboard.kpi.Kpi;
import org.sendap.dashboard.kpi.SymbolMeanings;

/**
 * The figures of one chart as rows of a download, with the KPI's definition and every figure's
 * lineage (the import, file and checksum, and the release it belongs to; for a ratio whose denominator
 * comes from another file, that file's too): the same columns in CSV and in Excel. A suppressed figure
 * has no value and keeps the publisher's symbol, with its meaning.
 */
record FigureTable(String title, Kpi kpi, List<ChartFigure> figures, Map<Long, ImportLineage> lineage) {

	static final List<String> COLUMNS = List.of("kpi_code", "kpi_name", "unit", "series", "area_code", "area_name",
			"period", "period_label", "category", "value", "status", "status_meaning", "numerator", "denominator",
			"rank", "quartile", "source", "publisher", "publication", "release", "dataset", "import_id", "file",
			"sha256", "imported_at", "denominator_release", "denominator_dataset", "denominator_import_id",
			"denominator_file", "denominator_sha256");

	/** The columns holding numbers, written as numbers in a workbook. */
	static final List<String> NUMERIC = List.of("value", "numerator", "denominator", "rank", "import_id",
			"denominator_import_id");

	List<List<Object>> rows() {
		List<List<Object>> rows = new ArrayList<>();
		for (ChartFigure figure : this.figures) {
			ImportLineage from = figure.importId() == null ? null : this.lineage.get(figure.importId());
			List<Object> row = new ArrayList<>();
			row.add(this.kpi.code());
			row.add(this.kpi.name());
			row.add(this.kpi.unit());
			row.add(figure.series());
			row.add(figure.areaCode());
			row.add(figure.areaName());
			row.add(figure.period());
			row.add(figure.periodLabel());
			row.add(figure.category());
			row.add(figure.value());
			row.add(figure.status());
			row.add(figure.value() == null && figure.status() != null ? SymbolMeanings.meaning(figure.status()) : null);
			row.add(figure.numerator());
			row.add(figure.denominator());
			row.add(figure.rank());
			row.add(figure.quartile());
			row.add(this.kpi.source());
			row.add(this.kpi.publisher());
			row.add(from == null ? null : from.publication());
			row.add(from == null ? null : from.release());
			row.add(from == null ? null : from.dataset());
			row.add(figure.importId());
			row.add(from == null ? null : from.file());
			row.add(from == null ? null : from.sha256());
			row.add(from == null || from.importedAt() == null ? null
					: DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from.importedAt()));
			ImportLineage denominatorFrom = figure.denominatorImportId() == null ? null
					: this.lineage.get(figure.denominatorImportId());
			row.add(denominatorFrom == null ? null : denominatorFrom.release());
			row.add(denominatorFrom == null ? null : denominatorFrom.dataset());
			row.add(figure.denominatorImportId());
			row.add(denominatorFrom == null ? null : denominatorFrom.file());
			row.add(denominatorFrom == null ? null : denominatorFrom.sha256());
			rows.add(row);
		}
		return rows;
	}

}
