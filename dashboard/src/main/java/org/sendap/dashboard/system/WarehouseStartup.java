package org.sendap.dashboard.system;

import static org.sendap.warehouse.Tables.IMPORT_RUN;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.jooq.DSLContext;
import org.sendap.etl.catalogue.TargetLoader;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOrigin;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFinder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Before the dashboard serves its first page: brings the shipped reference data (areas, statistical
 * neighbours, KPI catalogue) up to date and, when the warehouse has never imported anything, imports
 * the sample data and records example targets for its LA, so that a newcomer sees a working dashboard
 * at once.
 */
@Component
class WarehouseStartup implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(WarehouseStartup.class);

	static final String EXAMPLE_TARGETS = "sample/example-targets.csv";

	private final DashboardProperties properties;

	private final ReferenceDataLoader referenceData;

	private final FileImporter importer;

	private final DSLContext dsl;

	private final TargetLoader targets;

	WarehouseStartup(DashboardProperties properties, ReferenceDataLoader referenceData, FileImporter importer,
			DSLContext dsl, TargetLoader targets) {
		this.properties = properties;
		this.referenceData = referenceData;
		this.importer = importer;
		this.dsl = dsl;
		this.targets = targets;
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
		recordExampleTargets();
	}

	/** Targets for the sample data's LA, so that a newcomer sees RAG ratings; the board sets its own. */
	private void recordExampleTargets() {
		try (Reader content = new InputStreamReader(new ClassPathResource(EXAMPLE_TARGETS).getInputStream(),
				StandardCharsets.UTF_8)) {
			this.targets.load(content, EXAMPLE_TARGETS, "example targets of the sample data");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
