package org.sendap.dashboard.kpi;

import java.math.BigDecimal;

/**
 * One figure behind a chart, as a download gives it: what it is of (series, area, period, category),
 * the value or the publisher's symbol, the numerator and denominator, and the import it comes from.
 *
 * @param category for a breakdown, the category (Under 5, Autistic spectrum disorder); else null
 * @param importId the import of one area's figure (a ratio's numerator); null for a group's (summed from
 * several imports)
 * @param denominatorImportId the import of a ratio's denominator, where it is another one
 */
public record ChartFigure(String series, String areaCode, String areaName, String period, String periodLabel,
		String category, BigDecimal value, String status, BigDecimal numerator, BigDecimal denominator,
		Integer rank, String quartile, Long importId, Long denominatorImportId) {
}
