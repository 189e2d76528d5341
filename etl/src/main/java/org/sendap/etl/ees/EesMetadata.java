package org.sendap.etl.ees;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sendap.etl.source.CsvTabularFile;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;

/**
 * The {@code *.meta.csv} file an EES release ships beside a data file: for each column, whether
 * it is a filter or an indicator, its label, unit and decimal places.
 */
record EesMetadata(Map<String, Column> columns) {

	record Column(String name, boolean indicator, String label, String unit, Integer decimals) {
	}

	static Optional<EesMetadata> beside(SourceFile data) {
		return data.sibling(data.stem() + ".meta.csv").map(EesMetadata::read);
	}

	static EesMetadata read(SourceFile meta) {
		Map<String, Column> columns = new HashMap<>();
		try (CsvTabularFile file = CsvTabularFile.open(meta.displayName(), meta.open())) {
			List<String> header = file.header();
			int name = require(meta, header, "col_name");
			int type = require(meta, header, "col_type");
			int label = header.indexOf("label");
			int unit = header.indexOf("indicator_unit");
			int decimals = header.indexOf("indicator_dp");
			for (SourceRow row = file.nextRow(); row != null; row = file.nextRow()) {
				String kind = row.value(type).trim();
				if (!kind.equalsIgnoreCase("Indicator") && !kind.equalsIgnoreCase("Filter")) {
					throw new InputRejectedException(meta.displayName(), row.line(), "col_type",
							"expected Filter or Indicator, found '" + kind + "'");
				}
				String dp = decimals < 0 ? "" : row.value(decimals).trim();
				columns.put(row.value(name).trim(),
						new Column(row.value(name).trim(), kind.equalsIgnoreCase("Indicator"),
								label < 0 ? null : emptyToNull(row.value(label)),
								unit < 0 ? null : emptyToNull(row.value(unit)),
								dp.matches("\\d+") ? Integer.valueOf(dp) : null));
			}
		}
		return new EesMetadata(Map.copyOf(columns));
	}

	private static int require(SourceFile meta, List<String> header, String column) {
		int index = header.indexOf(column);
		if (index < 0) {
			throw new InputRejectedException(meta.displayName(), 1, column,
					"a metadata file needs the columns col_name and col_type; the header has " + header);
		}
		return index;
	}

	private static String emptyToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}

}
