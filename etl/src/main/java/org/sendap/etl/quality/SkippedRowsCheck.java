package org.sendap.etl.quality;

import static org.sendap.warehouse.Tables.AREA;

import java.util.Set;

import org.jooq.DSLContext;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.WrittenRows;
import org.springframework.stereotype.Component;

/**
 * Rejects a file that skipped too many of its rows ({@link SkippedRows}), whatever its layout: the rows
 * skipped are those the load counted by reason in the import history, the rows loaded those it wrote.
 */
@Component
public class SkippedRowsCheck {

	private final DSLContext dsl;

	private final ImportHistory history;

	private final QualityPolicy policy;

	public SkippedRowsCheck(DSLContext dsl, ImportHistory history, QualityPolicy policy) {
		this.dsl = dsl;
		this.history = history;
		this.policy = policy;
	}

	/**
	 * @param rows the rows of the file, as its inspection counted them
	 */
	public void check(long importId, String fileName, long rows, WrittenRows writtenRows, QualityReport report) {
		var skips = this.history.skips(importId);
		if (skips.isEmpty()) {
			return;
		}
		new SkippedRows(rows, skips, loaded(writtenRows.areas()))
			.judge(fileName, this.policy.skippedRowsPercent())
			.ifPresent(report::add);
	}

	private SkippedRows.Loaded loaded(Set<Long> areas) {
		if (areas.isEmpty()) {
			return SkippedRows.Loaded.NOTHING;
		}
		return this.dsl.fetchExists(AREA, AREA.AREA_ID.in(areas).and(AREA.AREA_LEVEL.ne(AreaRef.NATIONAL)))
				? SkippedRows.Loaded.BELOW_NATIONAL : SkippedRows.Loaded.NATIONAL_ONLY;
	}

}
