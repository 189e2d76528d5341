package org.sendap.etl.socialcare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.WorkbookRows.SheetRow;

/**
 * Where the extract's columns are in its header row, by 0-based index. The header names are fixed
 * by the layout (any case and spacing); other columns may come between them and are passed over.
 */
record ExtractColumns(int laCode, int snapshotDate, int team, int ageBand, int ehcpStatus, int socialCareStatus,
		int children) {

	static final String LA_CODE = "LA code";

	static final String SNAPSHOT_DATE = "Snapshot date";

	static final String CHILDREN = "Children";

	static final List<String> HEADERS = List.of(LA_CODE, SNAPSHOT_DATE, Category.TEAM.header(),
			Category.AGE_BAND.header(), Category.EHCP_STATUS.header(), Category.SOCIAL_CARE_STATUS.header(), CHILDREN);

	/** The header row is the one naming both status columns: no other report has that pair. */
	static boolean isHeader(SheetRow row) {
		List<String> cells = normalised(row);
		return cells.contains(key(Category.EHCP_STATUS.header())) && cells.contains(key(Category.SOCIAL_CARE_STATUS.header()));
	}

	static ExtractColumns locate(String file, SheetRow header) {
		List<String> cells = normalised(header);
		int[] found = new int[HEADERS.size()];
		for (int i = 0; i < HEADERS.size(); i++) {
			found[i] = cells.indexOf(key(HEADERS.get(i)));
			if (found[i] < 0) {
				throw new InputRejectedException(file, header.row(), null, "sheet '" + header.sheet()
						+ "': the header row has no column '" + HEADERS.get(i) + "'; a social-care extract has the columns "
						+ String.join(", ", HEADERS));
			}
		}
		return new ExtractColumns(found[0], found[1], found[2], found[3], found[4], found[5], found[6]);
	}

	/** The column a category is in. */
	int of(Category category) {
		if (category == Category.TEAM) {
			return this.team;
		}
		if (category == Category.AGE_BAND) {
			return this.ageBand;
		}
		return category == Category.EHCP_STATUS ? this.ehcpStatus : this.socialCareStatus;
	}

	private static List<String> normalised(SheetRow row) {
		List<String> cells = new ArrayList<>();
		row.cells().forEach(cell -> cells.add(key(cell)));
		return cells;
	}

	private static String key(String header) {
		return Category.tidy(header).toLowerCase(Locale.ROOT);
	}

}
