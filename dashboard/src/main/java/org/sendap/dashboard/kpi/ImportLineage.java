package org.sendap.dashboard.kpi;

import java.time.OffsetDateTime;

/**
 * Where a KPI figure came from: the import that loaded it, its file and checksum, and the release of
 * the publication it belongs to.
 */
public record ImportLineage(long importId, String file, String sha256, OffsetDateTime importedAt,
		String publication, String release, String dataset) {
}
