package org.sendap.etl.job;

import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.RELEASE;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendap.etl.catalogue.KpiInputResolver;
import org.sendap.etl.pipeline.AreaRef;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.ImportProperties;
import org.sendap.etl.pipeline.InterruptedImports;
import org.sendap.etl.quality.QualityFindings;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.InputRejectedException;
import org.sendap.etl.source.SourceFile;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports files one at a time: a file already imported with the same content is left alone;
 * otherwise it is recorded in the import history, loaded by the import job, and then either
 * completed or rolled back with the reason. While a file loads, a heartbeat shows other processes
 * sharing the warehouse that the import is alive.
 */
@Service
public class FileImporter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(FileImporter.class);

	private final JobOperator jobOperator;

	private final Job importJob;

	private final ImportHistory history;

	private final InterruptedImports interruptedImports;

	private final ImportHeartbeat heartbeat;

	private final Duration staleAfter;

	private final ReferenceDataLoader referenceData;

	private final DSLContext dsl;

	private final ImportProgress progress;

	private final ApplicationEventPublisher events;

	private final QualityFindings findings;

	private final KpiInputResolver kpiInputs;

	private final TransactionTemplate transaction;

	public FileImporter(JobOperator jobOperator, Job importJob, ImportHistory history,
			InterruptedImports interruptedImports, ImportProperties properties, ReferenceDataLoader referenceData,
			DSLContext dsl, ImportProgress progress, ApplicationEventPublisher events, QualityFindings findings,
			KpiInputResolver kpiInputs, PlatformTransactionManager transactionManager) {
		this.kpiInputs = kpiInputs;
		this.transaction = new TransactionTemplate(transactionManager);
		this.events = events;
		this.findings = findings;
		this.jobOperator = jobOperator;
		this.importJob = importJob;
		this.history = history;
		this.interruptedImports = interruptedImports;
		this.heartbeat = new ImportHeartbeat(history, properties.heartbeatInterval());
		this.staleAfter = properties.staleAfter();
		this.referenceData = referenceData;
		this.dsl = dsl;
		this.progress = progress;
	}

	public List<ImportOutcome> importAll(List<SourceFile> files) {
		return importAll(files, ImportOrigin.COMMAND_LINE);
	}

	public List<ImportOutcome> importAll(List<SourceFile> files, ImportOrigin origin) {
		recoverInterrupted();
		List<ImportOutcome> outcomes = new ArrayList<>();
		for (SourceFile file : files) {
			outcomes.add(importFile(file, origin));
		}
		return outcomes;
	}

	/**
	 * Removes the partial data of imports that were interrupted (their process was killed), so that
	 * their files can be imported again. Imports that are still running, in this process or another,
	 * are left alone.
	 */
	public List<Long> recoverInterrupted() {
		List<Long> interrupted = this.interruptedImports.recover();
		if (!interrupted.isEmpty()) {
			log.warn("Removed the partial data of interrupted imports {}", interrupted);
			this.events.publishEvent(new WarehouseChanged(interrupted));
		}
		return interrupted;
	}

	public ImportOutcome importFile(SourceFile source) {
		return importFile(source, ImportOrigin.COMMAND_LINE);
	}

	public synchronized ImportOutcome importFile(SourceFile source, ImportOrigin origin) {
		this.progress.inspecting(source.displayName());
		try {
			return importUnlessImportedBefore(source, origin);
		}
		finally {
			this.progress.finished(source.displayName());
		}
	}

	private ImportOutcome importUnlessImportedBefore(SourceFile source, ImportOrigin origin) {
		String name = source.displayName();
		String sha256;
		try {
			sha256 = source.sha256();
		}
		catch (InputRejectedException ex) {
			return ImportOutcome.rejected(name, ex.getMessage());
		}
		var earlier = this.history.completedWithChecksum(sha256);
		if (earlier.isPresent()) {
			return ImportOutcome.alreadyImported(name, datasetLabel(earlier.get().getDatasetId()),
					earlier.get().getImportId());
		}
		long importId = this.history.start(source.fileName(), source.locator(), sha256, origin.label());
		int localAuthorities = localAuthorities();
		ImportOutcome outcome;
		try (ImportHeartbeat.Beating beating = this.heartbeat.keepAlive(importId)) {
			outcome = runImportJob(source, importId).withFindings(this.findings.summary(importId));
		}
		finally {
			this.events.publishEvent(new WarehouseChanged(List.of(importId)));
		}
		if (localAuthorities() != localAuthorities) {
			// The file brought LAs the reference data did not have (predecessors, e.g. 909 Cumbria): their
			// 2021 neighbour groups now, not at the next run's reference load, so that a run again changes nothing.
			this.referenceData.refreshStatisticalNeighbours();
		}
		return outcome;
	}

	private int localAuthorities() {
		return this.dsl.fetchCount(AREA, AREA.AREA_LEVEL.eq(AreaRef.LOCAL_AUTHORITY));
	}

	private ImportOutcome runImportJob(SourceFile source, long importId) {
		String name = source.displayName();
		JobExecution execution;
		try {
			execution = this.jobOperator.start(this.importJob,
					new JobParametersBuilder().addString(ImportJobConfiguration.SOURCE, source.locator())
						.addLong(ImportJobConfiguration.IMPORT_ID, importId)
						.toJobParameters());
		}
		catch (Exception ex) {
			log.debug("Import job for {} could not start", name, ex);
			this.history.fail(importId, name + ": the import could not start: " + ex.getMessage());
			return ImportOutcome.rejected(name, importId, name + ": the import could not start: " + ex.getMessage());
		}
		if (execution.getStatus() != BatchStatus.COMPLETED) {
			String message = failureMessage(name, execution);
			this.history.fail(importId, message);
			log.info("Rejected {}", message);
			return ImportOutcome.rejected(name, importId, message);
		}
		long rowsRead = execution.getExecutionContext().getLong(ImportJobConfiguration.ROWS);
		// The KPIs find the file's new columns and breakdowns the moment its facts count
		Optional<ImportHistory.Summary> completed = this.transaction.execute(status -> {
			Optional<ImportHistory.Summary> summary = this.history.complete(importId, rowsRead);
			summary.ifPresent(done -> this.kpiInputs.resolve());
			return summary;
		});
		if (completed.isEmpty()) {
			String message = name + ": another process took this import for interrupted while it ran (no heartbeat"
					+ " for more than " + this.staleAfter.toSeconds() + " seconds) and removed its data; import the file again";
			this.history.fail(importId, message);
			log.warn(message);
			return ImportOutcome.rejected(name, importId, message);
		}
		ImportHistory.Summary summary = completed.get();
		log.info("Imported {}: {} rows read, {} facts written, {} rows skipped", name, summary.rowsRead(),
				summary.factsWritten(), summary.rowsSkipped());
		Long datasetId = this.dsl.select(IMPORT_RUN.DATASET_ID)
			.from(IMPORT_RUN)
			.where(IMPORT_RUN.IMPORT_ID.eq(importId))
			.fetchOne(IMPORT_RUN.DATASET_ID);
		return ImportOutcome.imported(name, datasetLabel(datasetId), summary);
	}

	@Override
	public void destroy() {
		this.heartbeat.close();
	}

	private String failureMessage(String name, JobExecution execution) {
		for (Throwable failure : execution.getAllFailureExceptions()) {
			for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
				if (cause instanceof InputRejectedException rejected) {
					return rejected.getMessage();
				}
			}
		}
		Throwable first = execution.getAllFailureExceptions().stream().findFirst().orElse(null);
		if (first == null) {
			return name + ": the import ended with status " + execution.getStatus();
		}
		log.debug("Import of {} failed", name, first);
		Throwable root = first;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return name + ": the import failed: " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage());
	}

	private String datasetLabel(Long datasetId) {
		if (datasetId == null) {
			return null;
		}
		return this.dsl.select(DATASET.NAME, RELEASE.PUBLICATION, RELEASE.RELEASE_LABEL)
			.from(DATASET)
			.join(RELEASE).on(RELEASE.RELEASE_ID.eq(DATASET.RELEASE_ID))
			.where(DATASET.DATASET_ID.eq(datasetId))
			.fetchOptional(record -> record.value1() + " (" + record.value2() + ", " + record.value3() + ")")
			.orElse(null);
	}

}
