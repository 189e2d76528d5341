package org.sendap.etl.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sendap.etl.pipeline.ImportHistory.SkipCount;

/**
 * Whether a file skipped so many of its rows that loading the rest would be a half-load: more than the
 * share of its rows the policy allows, or every row below national level while rows were skipped, which
 * is what a layout the reader misreads looks like (England's rows read, every other row skipped). The
 * finding gives the count, the share, the reasons and the first rows skipped for each.
 *
 * @param rows the rows the file has
 * @param skips the rows it skipped, by reason
 * @param loaded what the rows that were not skipped loaded
 */
record SkippedRows(long rows, List<SkipCount> skips, Loaded loaded) {

	/** What a file loaded, by the level of its areas. */
	enum Loaded {

		NOTHING, NATIONAL_ONLY, BELOW_NATIONAL

	}

	static final String SETTING = "sendap.quality.skipped-rows-percent";

	/** The reasons a message lists in full; the others are counted. */
	private static final int REASONS_LISTED = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	long skipped() {
		return this.skips.stream().mapToLong(SkipCount::rows).sum();
	}

	/** The finding of a file that skipped too much, or empty for one that may load. */
	Optional<Finding> judge(String file, BigDecimal allowedPercent) {
		long skipped = skipped();
		if (skipped == 0) {
			return Optional.empty();
		}
		long rows = Math.max(this.rows, skipped);
		BigDecimal share = BigDecimal.valueOf(skipped).multiply(HUNDRED).divide(BigDecimal.valueOf(rows), 4,
				RoundingMode.HALF_UP);
		boolean tooMany = share.compareTo(allowedPercent) > 0;
		if (!tooMany && this.loaded == Loaded.BELOW_NATIONAL) {
			return Optional.empty();
		}
		String shown = share.setScale(1, RoundingMode.HALF_UP).toPlainString();
		StringBuilder message = new StringBuilder(count(skipped) + " of " + count(rows) + " rows (" + shown
				+ " %) were skipped");
		if (tooMany) {
			message.append(", more than the ").append(allowedPercent.stripTrailingZeros().toPlainString())
				.append(" % a file may skip (").append(SETTING).append(")");
		}
		if (this.loaded == Loaded.NATIONAL_ONLY) {
			message.append(tooMany ? ", among them" : ", and they were").append(" every row below national level (only")
				.append(" national rows were loaded)");
		}
		else if (this.loaded == Loaded.NOTHING) {
			message.append(", and no row was loaded");
		}
		message.append(": ").append(reasons());
		message.append("; expected every row loaded or only a few skipped, so the file is rejected rather than half-loaded");
		return Optional.of(Finding.of(QualityCheck.SKIPPED_ROWS, file, null, null, shown, message.toString()));
	}

	private String reasons() {
		List<SkipCount> byRows = new ArrayList<>(this.skips);
		byRows.sort(Comparator.comparingLong(SkipCount::rows).reversed().thenComparingLong(SkipCount::firstLine));
		List<String> listed = new ArrayList<>();
		for (SkipCount skip : byRows.subList(0, Math.min(REASONS_LISTED, byRows.size()))) {
			listed.add(count(skip.rows()) + (skip.rows() == 1 ? " row: " : " rows: ") + skip.reason() + " (" + skip.where()
					+ ")");
		}
		List<SkipCount> others = byRows.subList(Math.min(REASONS_LISTED, byRows.size()), byRows.size());
		if (!others.isEmpty()) {
			long rows = others.stream().mapToLong(SkipCount::rows).sum();
			listed.add("and " + count(others.size()) + " more " + (others.size() == 1 ? "reason" : "reasons") + " ("
					+ count(rows) + (rows == 1 ? " row)" : " rows)"));
		}
		return String.join("; ", listed);
	}

	private static String count(long value) {
		return String.format(Locale.UK, "%,d", value);
	}

}
