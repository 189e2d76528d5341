package org.sendap.etl.pipeline;

import java.time.LocalDate;

/**
 * A period as the source names it ({@code 202324}, {@code Academic year}) and normalised to dates.
 */
public record PeriodRef(String sourcePeriod, String timeIdentifier, String label, String granularity,
		LocalDate start, LocalDate end) {
}
