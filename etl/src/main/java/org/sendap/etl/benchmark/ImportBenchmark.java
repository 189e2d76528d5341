package org.sendap.etl.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.sendap.etl.EtlApplication;
import org.sendap.etl.job.FileImporter;
import org.sendap.etl.job.ImportOrigin;
import org.sendap.etl.job.ImportOutcome;
import org.sendap.etl.reference.ReferenceDataLoader;
import org.sendap.etl.source.SourceFile;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Imports files into an empty warehouse exactly as {@code import} does (same application, same
 * settings, its own database) and times each file. The application runs in a context of its own
 * so that several warehouses can be measured in one process.
 */
public final class ImportBenchmark {

	private ImportBenchmark() {
	}

	/**
	 * @param warehouse an empty database (its schema is created by the application's migrations)
	 * @param onFileDone told each file's timing as soon as it is done, e.g. to print it
	 */
	public static ImportRun run(Warehouse warehouse, List<SourceFile> files, Consumer<FileTiming> onFileDone) {
		try (ConfigurableApplicationContext application = start(warehouse)) {
			long started = System.nanoTime();
			application.getBean(ReferenceDataLoader.class).load();
			long referenceNanos = System.nanoTime() - started;
			FileImporter importer = application.getBean(FileImporter.class);
			List<FileTiming> timings = new ArrayList<>();
			long mostLiveHeap = 0;
			for (SourceFile file : files) {
				long fileStarted = System.nanoTime();
				ImportOutcome outcome = importer.importFile(file, ImportOrigin.COMMAND_LINE);
				long nanos = System.nanoTime() - fileStarted;
				FileTiming timing = new FileTiming(file.displayName(), outcome.result(),
						outcome.summary() == null ? 0 : outcome.summary().rowsRead(),
						outcome.summary() == null ? 0 : outcome.summary().factsWritten(), nanos);
				timings.add(timing);
				onFileDone.accept(timing);
				mostLiveHeap = Math.max(mostLiveHeap, liveHeapAfterCollection());
			}
			return new ImportRun(warehouse, referenceNanos, timings, mostLiveHeap);
		}
	}

	private static ConfigurableApplicationContext start(Warehouse warehouse) {
		// as command-line arguments, which outrank the application.properties of the jar
		return new SpringApplicationBuilder(EtlApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run("--spring.datasource.url=" + warehouse.url(), "--spring.datasource.username=" + warehouse.user(),
					"--spring.datasource.password=" + warehouse.password(), "--sendap.cli.enabled=false");
	}

	/**
	 * The heap the application still holds once a file is done (outside the timed part): what would
	 * grow with the files if anything kept them in memory.
	 */
	private static long liveHeapAfterCollection() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

}
