package org.sendap.etl.job;

import static org.sendap.warehouse.Tables.INDICATOR;

import java.util.Map;

import org.jooq.DSLContext;
import org.sendap.etl.catalogue.KpiRowsCheck;
import org.sendap.etl.pipeline.DatasetRegistry;
import org.sendap.etl.pipeline.FactWriter;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.LayoutInspection;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.pipeline.SourceLayout;
import org.sendap.etl.pipeline.SourceLayouts;
import org.sendap.etl.pipeline.WrittenRows;
import org.sendap.etl.quality.BreakdownSumCheck;
import org.sendap.etl.quality.ObservationChecks;
import org.sendap.etl.quality.QualityFindings;
import org.sendap.etl.quality.QualityRejection;
import org.sendap.etl.quality.QualityReport;
import org.sendap.etl.quality.ReleaseComparison;
import org.sendap.etl.quality.SkippedRowsCheck;
import org.sendap.etl.source.SourceFile;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import of one file, whatever its layout, in the order it runs: a first pass recognises the
 * layout and inspects the whole file (validity, dataset, file-level checks) before anything is
 * written; a chunk-oriented step streams its observations through the row checks into facts; a last
 * step checks what was written (the rows skipped against the rows loaded; the facts against the
 * previous release, breakdown rows against their totals; the KPIs that read the file find their rows)
 * and rejects the file if any check found an error.
 */
@Configuration(proxyBeanMethods = false)
public class ImportJobConfiguration {

	public static final String JOB_NAME = "importJob";

	public static final String SOURCE = "source";

	public static final String IMPORT_ID = "importId";

	static final String LAYOUT = "layout";

	static final String PLAN = "plan";

	static final String DATASET_ID = "datasetId";

	static final String ROWS = "rows";

	private static final int CHUNK_SIZE = 1000;

	@Bean
	Tasklet inspectTasklet(SourceLayouts layouts, DatasetRegistry datasets, ImportHistory history,
			QualityFindings findings) {
		return (contribution, chunkContext) -> {
			var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
			SourceFile source = SourceFile.fromLocator(parameters.getString(SOURCE));
			long importId = parameters.getLong(IMPORT_ID);
			SourceLayout layout = layouts.detect(source);
			history.attachLayout(importId, layout.id());
			LayoutInspection inspection = layout.inspect(source);
			QualityReport report = findings.newReport();
			report.addAll(inspection.findings());
			boolean rejected = report.errors() > 0;
			findings.save(importId, report);
			if (rejected) {
				throw QualityRejection.of(source.displayName(), findings.findings(importId), findings.errors(importId));
			}
			DatasetRegistry.RegisteredDataset dataset = datasets.register(inspection.dataset());
			history.attachDataset(importId, dataset.datasetId());
			ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
				.getExecutionContext();
			jobContext.putString(LAYOUT, layout.id());
			jobContext.putString(PLAN, inspection.plan());
			jobContext.putLong(DATASET_ID, dataset.datasetId());
			jobContext.putLong(ROWS, inspection.rows());
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step inspectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet inspectTasklet) {
		return new StepBuilder("inspectStep", jobRepository).tasklet(inspectTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	LayoutObservationReader observationReader(SourceLayouts layouts, ImportProgress progress,
			@Value("#{jobParameters['" + SOURCE + "']}") String source,
			@Value("#{jobExecutionContext['" + LAYOUT + "']}") String layout,
			@Value("#{jobExecutionContext['" + PLAN + "']}") String plan,
			@Value("#{jobExecutionContext['" + ROWS + "']}") Long rows) {
		SourceFile file = SourceFile.fromLocator(source);
		return new LayoutObservationReader(layouts.byId(layout).reader(file, plan), progress, file.displayName(), rows);
	}

	/** The findings of the load step, shared by its checks and its writer, saved when the step ends. */
	@Bean
	@StepScope
	QualityReport loadReport(QualityFindings findings) {
		return findings.newReport();
	}

	@Bean
	@StepScope
	ObservationChecks observationChecks(DSLContext dsl, QualityReport loadReport,
			@Value("#{jobParameters['" + SOURCE + "']}") String source,
			@Value("#{jobExecutionContext['" + DATASET_ID + "']}") Long datasetId) {
		return ObservationChecks.forDataset(dsl, datasetId, SourceFile.fromLocator(source).displayName(), loadReport);
	}

	/**
	 * Where the rows of the file are, kept from the load to the verdict, whose checks on the written
	 * facts name the line of a row they find wrong.
	 */
	@Bean
	@JobScope
	WrittenRows writtenRows() {
		return new WrittenRows();
	}

	@Bean
	@StepScope
	FactWriter factWriter(DSLContext dsl, QualityReport loadReport, WrittenRows writtenRows,
			@Value("#{jobParameters['" + SOURCE + "']}") String source,
			@Value("#{jobParameters['" + IMPORT_ID + "']}") Long importId,
			@Value("#{jobExecutionContext['" + DATASET_ID + "']}") Long datasetId) {
		Map<String, Long> indicatorIds = dsl.select(INDICATOR.COLUMN_NAME, INDICATOR.INDICATOR_ID)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(datasetId))
			.fetchMap(INDICATOR.COLUMN_NAME, INDICATOR.INDICATOR_ID);
		return new FactWriter(dsl, SourceFile.fromLocator(source).displayName(), importId, indicatorIds, writtenRows,
				loadReport);
	}

	@Bean
	@StepScope
	StepExecutionListener loadFindingsSaver(QualityFindings findings, QualityReport loadReport,
			@Value("#{jobParameters['" + IMPORT_ID + "']}") Long importId) {
		return new StepExecutionListener() {
			@Override
			public org.springframework.batch.core.ExitStatus afterStep(StepExecution stepExecution) {
				findings.save(importId, loadReport);
				return stepExecution.getExitStatus();
			}
		};
	}

	@Bean
	Step loadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			LayoutObservationReader observationReader, ObservationChecks observationChecks,
			FactWriter factWriter, StepExecutionListener loadFindingsSaver) {
		return new StepBuilder("loadStep", jobRepository).<Observation, Observation>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(observationReader)
			.processor(observationChecks)
			.writer(factWriter)
			.listener(loadFindingsSaver)
			.build();
	}

	@Bean
	Tasklet verdictTasklet(QualityFindings findings, SkippedRowsCheck skippedRowsCheck,
			ReleaseComparison releaseComparison, BreakdownSumCheck breakdownSumCheck, KpiRowsCheck kpiRowsCheck,
			WrittenRows writtenRows) {
		return (contribution, chunkContext) -> {
			var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
			SourceFile source = SourceFile.fromLocator(parameters.getString(SOURCE));
			long importId = parameters.getLong(IMPORT_ID);
			long rows = chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
				.getLong(ROWS);
			QualityReport report = findings.newReport();
			skippedRowsCheck.check(importId, source.displayName(), rows, writtenRows, report);
			releaseComparison.compare(importId, source.displayName(), writtenRows, report);
			breakdownSumCheck.check(importId, source.displayName(), writtenRows, report);
			kpiRowsCheck.check(importId, source.displayName(), writtenRows, report);
			findings.save(importId, report);
			long errors = findings.errors(importId);
			if (errors > 0) {
				throw QualityRejection.of(source.displayName(), findings.findings(importId), errors);
			}
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step verdictStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet verdictTasklet) {
		return new StepBuilder("verdictStep", jobRepository).tasklet(verdictTasklet, transactionManager).build();
	}

	@Bean
	Job importJob(JobRepository jobRepository, Step inspectStep, Step loadStep, Step verdictStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(inspectStep).next(loadStep).next(verdictStep).build();
	}

}
