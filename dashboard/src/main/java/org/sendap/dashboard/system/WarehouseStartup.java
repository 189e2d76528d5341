package org.sendap.dashboard.system;

import static org.sendap.warehouse.Tables.IMPORT_RUN;

import java.nio.file.Files;
import java.util.List;

import org.jooq.DSLContext;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOrigin;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Before the dashboard serves its first page: brings the shipped reference data (areas, statistical
 * neighbours, KPI catalogue) up to date and, when the warehouse has never imported anything, imports
 * the sample data, so that a newcomer sees a working dashboard at once.
 */
@Component
class WarehouseStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(WarehouseStartup.class);

	private final DashboardProperties properties;

	private final ReferenceDataLoader referenceData;

	private final FileImporter importer;

	private final DSLContext dsl;

	WarehouseStartup(DashboardProperties properties, ReferenceDataLoader referenceData, FileImporter importer,
			DSLContext dsl) {
		this.properties = properties;
		this.referenceData = referenceData;
		this.importer = importer;
		this.dsl = dsl;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.referenceData.load();
		if (!this.properties.importSampleDataOnFirstStart()) {
			return;
		}
		boolean empty = !this.dsl.fetchExists(IMPORT_RUN, IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED));
		if (!empty) {
			return;
		}
		if (!Files.isDirectory(this.properties.sampleData())) {
			log.warn("The warehouse is empty and there is no sample-data folder at {}; import data with send-etl.jar",
					this.properties.sampleData().toAbsolutePath());
			return;
		}
		log.info("First start: importing the sample data in {} (about a minute)", this.properties.sampleData());
		List<ImportOutcome> outcomes = this.importer
			.importAll(SourceFinder.find(List.of(this.properties.sampleData().toString())).files(),
					ImportOrigin.FIRST_START);
		long rejected = outcomes.stream().filter(ImportOutcome::isRejected).count();
		if (rejected > 0) {
			log.warn("{} sample data file(s) were rejected: see the import history", rejected);
		}
	}

}
