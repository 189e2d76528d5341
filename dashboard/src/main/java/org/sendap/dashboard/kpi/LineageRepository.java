package org.sendap.dashboard.kpi;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.RELEASE;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/**
 * The lineage of KPI figures: the imports they come from. An import's file, checksum and release never
 * change once it has completed, so each is read once.
 */
@Repository
public class LineageRepository {

	private final DSLContext dsl;

	private final Map<Long, ImportLineage> known = new ConcurrentHashMap<>();

	LineageRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The lineage of each of these imports (nulls are left out), by import id. */
	public Map<Long, ImportLineage> of(Collection<Long> importIds) {
		List<Long> missing = importIds.stream().filter(Objects::nonNull).distinct().filter(id -> !this.known.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			this.dsl
				.select(IMPORT_RUN.IMPORT_ID, IMPORT_RUN.FILE_NAME, IMPORT_RUN.SHA256, IMPORT_RUN.FINISHED_AT,
						RELEASE.PUBLICATION, RELEASE.RELEASE_LABEL, DATASET.NAME)
				.from(IMPORT_RUN)
				.leftJoin(DATASET).on(DATASET.DATASET_ID.eq(IMPORT_RUN.DATASET_ID))
				.leftJoin(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
				.where(IMPORT_RUN.IMPORT_ID.in(missing))
				.forEach(row -> this.known.put(row.value1(), new ImportLineage(row.value1(), row.value2(),
						row.value3(), row.value4(), row.value5(), row.value6(), row.value7())));
		}
		Map<Long, ImportLineage> lineage = new HashMap<>();
		importIds.stream().filter(Objects::nonNull).forEach(id -> {
			ImportLineage one = this.known.get(id);
			if (one != null) {
				lineage.put(id, one);
			}
		});
		return lineage;
	}

}
