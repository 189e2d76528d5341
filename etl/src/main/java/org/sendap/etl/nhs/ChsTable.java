package org.sendap.etl.nhs;

import java.util.Map;

/**
 * Where one by-service table of a Community Health Services waiting-list workbook is: its sheet, the
 * indicator it holds (the total list or one wait band), the month it describes, its header row, the
 * columns of organisation type, name and code (-1 where the edition has none) and the service of each
 * value column.
 */
record ChsTable(String sheet, String indicator, String indicatorLabel, int year, String month, int headerRow,
		int typeColumn, int nameColumn, int codeColumn, Map<Integer, String> services) {
}
