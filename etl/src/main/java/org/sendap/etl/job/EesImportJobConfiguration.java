package org.sendap.etl.job;

import static org.sendap.warehouse.Tables.INDICATOR;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jooq.DSLContext;
import org.sendap.etl.ees.EesInspection;
import org.sendap.etl.ees.EesInspector;
import org.sendap.etl.ees.EesLayout;
import org.sendap.etl.ees.EesRowMapper;
import org.sendap.etl.pipeline.DatasetRegistry;
import org.sendap.etl.pipeline.FactWriter;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.Observation;
import org.sendap.etl.source.SourceFile;
import org.sendap.etl.source.SourceRow;
import org.sendap.etl.source.TabularRowReader;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import of one EES tidy-data file, in the order it runs: a first pass inspects the whole
 * file (layout, dataset, validity) before anything is written, then a chunk-oriented step streams
 * its rows into facts.
 */
@Configuration(proxyBeanMethods = false)
public class EesImportJobConfiguration {

	public static final String JOB_NAME = "eesImportJob";

	public static final String SOURCE = "source";

	public static final String IMPORT_ID = "importId";

	static final String HEADER = "header";

	static final String INDICATORS = "indicators";

	static final String DATASET_ID = "datasetId";

	static final String ROWS = "rows";

	private static final String SEPARATOR = "\u001F";

	private static final int CHUNK_SIZE = 1000;

	@Bean
	Tasklet eesInspectTasklet(DatasetRegistry datasets, ImportHistory history) {
		return (contribution, chunkContext) -> {
			var parameters = chunkContext.getStepContext().getStepExecution().getJobParameters();
			SourceFile source = SourceFile.fromLocator(parameters.getString(SOURCE));
			long importId = parameters.getLong(IMPORT_ID);
			EesInspection inspection = EesInspector.inspect(source);
			DatasetRegistry.RegisteredDataset dataset = datasets.register(inspection.dataset());
			history.attachDataset(importId, dataset.datasetId());
			ExecutionContext jobContext = chunkContext.getStepContext().getStepExecution().getJobExecution()
				.getExecutionContext();
			jobContext.putString(HEADER, String.join(SEPARATOR, inspection.layout().header()));
			jobContext.putString(INDICATORS, String.join(SEPARATOR, inspection.layout().indicatorColumns()));
			jobContext.putLong(DATASET_ID, dataset.datasetId());
			jobContext.putLong(ROWS, inspection.rows());
			return RepeatStatus.FINISHED;
		};
	}

	@Bean
	Step eesInspectStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet eesInspectTasklet) {
		return new StepBuilder("eesInspectStep", jobRepository).tasklet(eesInspectTasklet, transactionManager).build();
	}

	@Bean
	@StepScope
	TabularRowReader eesRowReader(@Value("#{jobParameters['" + SOURCE + "']}") String source) {
		return new TabularRowReader(SourceFile.fromLocator(source));
	}

	@Bean
	@StepScope
	EesRowMapper eesRowProcessor(@Value("#{jobParameters['" + SOURCE + "']}") String source,
			@Value("#{jobExecutionContext['" + HEADER + "']}") String header,
			@Value("#{jobExecutionContext['" + INDICATORS + "']}") String indicators) {
		EesLayout layout = EesLayout.of(split(header), Set.copyOf(split(indicators)));
		return new EesRowMapper(SourceFile.fromLocator(source).displayName(), layout);
	}

	@Bean
	@StepScope
	FactWriter eesFactWriter(DSLContext dsl, @Value("#{jobParameters['" + SOURCE + "']}") String source,
			@Value("#{jobParameters['" + IMPORT_ID + "']}") Long importId,
			@Value("#{jobExecutionContext['" + DATASET_ID + "']}") Long datasetId) {
		Map<String, Long> indicatorIds = dsl.select(INDICATOR.COLUMN_NAME, INDICATOR.INDICATOR_ID)
			.from(INDICATOR)
			.where(INDICATOR.DATASET_ID.eq(datasetId))
			.fetchMap(INDICATOR.COLUMN_NAME, INDICATOR.INDICATOR_ID);
		return new FactWriter(dsl, SourceFile.fromLocator(source).displayName(), importId, indicatorIds);
	}

	@Bean
	Step eesLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			TabularRowReader eesRowReader, EesRowMapper eesRowProcessor,
			FactWriter eesFactWriter) {
		return new StepBuilder("eesLoadStep", jobRepository).<SourceRow, Observation>chunk(CHUNK_SIZE)
			.transactionManager(transactionManager)
			.reader(eesRowReader)
			.processor(eesRowProcessor)
			.writer(eesFactWriter)
			.build();
	}

	@Bean
	Job eesImportJob(JobRepository jobRepository, Step eesInspectStep, Step eesLoadStep) {
		return new JobBuilder(JOB_NAME, jobRepository).start(eesInspectStep).next(eesLoadStep).build();
	}

	private static List<String> split(String joined) {
		return Arrays.asList(joined.split(SEPARATOR, -1));
	}

}
