package org.sendap.dashboard.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The numerator and denominator of a KPI for one area (or the sum over a group) in one period, as
 * the warehouse holds them; for a count or a published rate, the number is the numerator and there is
 * no denominator. A missing number comes with the publisher's symbol in its place.
 *
 * @param areas how many areas the figures add up (1 for a single area)
 * @param suppressedAreas how many of them had a symbol instead of a number
 * @param importId for one area, the import its number (a ratio's numerator) comes from, the latest of
 * its columns' imports; null for a group
 * @param denominatorImportId for one area's ratio whose denominator comes from another import (children
 * in need per head of the ONS estimates): that import; otherwise null
 * @param published for one area's ratio whose source publishes the rate itself, that rate as published
 * (from unrounded counts); null where it publishes none, or a symbol in its place
 * @param publishedStatus the publisher's symbol in place of the published rate
 */
public record PeriodFigures(Long areaId, String period, String label, LocalDate start, BigDecimal numerator,
		String numeratorStatus, BigDecimal denominator, String denominatorStatus, int areas, int suppressedAreas,
		Long importId, Long denominatorImportId, BigDecimal published, String publishedStatus) {

	public PeriodFigures(Long areaId, String period, String label, LocalDate start, BigDecimal numerator,
			String numeratorStatus, BigDecimal denominator, String denominatorStatus, int areas, int suppressedAreas,
			Long importId, Long denominatorImportId) {
		this(areaId, period, label, start, numerator, numeratorStatus, denominator, denominatorStatus, areas,
				suppressedAreas, importId, denominatorImportId, null, null);
	}

	public PeriodFigures(Long areaId, String period, String label, LocalDate start, BigDecimal numerator,
			String numeratorStatus, BigDecimal denominator, String denominatorStatus, int areas, int suppressedAreas,
			Long importId) {
		this(areaId, period, label, start, numerator, numeratorStatus, denominator, denominatorStatus, areas,
				suppressedAreas, importId, null);
	}

	public PeriodFigures(Long areaId, String period, String label, LocalDate start, BigDecimal numerator,
			String numeratorStatus, BigDecimal denominator, String denominatorStatus, int areas, int suppressedAreas) {
		this(areaId, period, label, start, numerator, numeratorStatus, denominator, denominatorStatus, areas,
				suppressedAreas, null, null);
	}

	/** Whether the publisher gave the rate itself: a number or a symbol. */
	public boolean hasPublishedRate() {
		return this.published != null || this.publishedStatus != null;
	}

	/** The denominator's import, where it is not the numerator's. */
	static Long otherImport(long numeratorImport, long denominatorImport) {
		return denominatorImport > 0 && denominatorImport != numeratorImport ? denominatorImport : null;
	}

}
