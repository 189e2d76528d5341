package org.sendap.etl.pipeline;

import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.RELEASE;

import java.util.HashMap;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the release, dataset and indicators a file holds, and returns their keys.
 */
@Component
public class DatasetRegistry {

	private final DSLContext dsl;

	public DatasetRegistry(DSLContext dsl) {
		this.dsl = dsl;
	}

	public record RegisteredDataset(long datasetId, Map<String, Long> indicatorIds) {
	}

	@Transactional
	public RegisteredDataset register(DatasetDescription description) {
		long releaseId = this.dsl.select(RELEASE.RELEASE_ID)
			.from(RELEASE)
			.where(RELEASE.PUBLICATION.eq(description.publication())
				.and(RELEASE.RELEASE_LABEL.eq(description.releaseLabel())))
			.fetchOptional(RELEASE.RELEASE_ID)
			.orElseGet(() -> this.dsl.insertInto(RELEASE)
				.set(RELEASE.PUBLICATION, description.publication())
				.set(RELEASE.RELEASE_LABEL, description.releaseLabel())
				.set(RELEASE.RELEASE_ORDER, description.releaseOrder())
				.returning(RELEASE.RELEASE_ID)
				.fetchOne(RELEASE.RELEASE_ID));
		long datasetId = this.dsl.select(DATASET.DATASET_ID)
			.from(DATASET)
			.where(DATASET.RELEASE_ID.eq(releaseId).and(DATASET.NAME.eq(description.name())))
			.fetchOptional(DATASET.DATASET_ID)
			.orElseGet(() -> this.dsl.insertInto(DATASET)
				.set(DATASET.RELEASE_ID, releaseId)
				.set(DATASET.NAME, description.name())
				.set(DATASET.TITLE, description.title())
				.returning(DATASET.DATASET_ID)
				.fetchOne(DATASET.DATASET_ID));
		Map<String, Long> indicatorIds = new HashMap<>(this.dsl.select(INDICATOR.COLUMN_NAME, INDICATOR.INDICATOR_ID)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(datasetId))
			.fetchMap(INDICATOR.COLUMN_NAME, INDICATOR.INDICATOR_ID));
		for (IndicatorDescription indicator : description.indicators()) {
			if (!indicatorIds.containsKey(indicator.column())) {
				indicatorIds.put(indicator.column(), this.dsl.insertInto(INDICATOR)
					.set(INDICATOR.DATASET_ID, datasetId)
					.set(INDICATOR.COLUMN_NAME, indicator.column())
					.set(INDICATOR.LABEL, indicator.label())
					.set(INDICATOR.UNIT, indicator.unit())
					.set(INDICATOR.DECIMALS, indicator.decimals())
					.returning(INDICATOR.INDICATOR_ID)
					.fetchOne(INDICATOR.INDICATOR_ID));
			}
		}
		return new RegisteredDataset(datasetId, Map.copyOf(indicatorIds));
	}

}
