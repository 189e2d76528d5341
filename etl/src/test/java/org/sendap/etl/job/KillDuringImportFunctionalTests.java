package org.sendap.etl.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.sendap.warehouse.Tables.AREA;
import static org.sendap.warehouse.Tables.BREAKDOWN;
import static org.sendap.warehouse.Tables.BREAKDOWN_ITEM;
import static org.sendap.warehouse.Tables.COMPARATOR_GROUP;
import static org.sendap.warehouse.Tables.COMPARATOR_MEMBER;
import static org.sendap.warehouse.Tables.DATASET;
import static org.sendap.warehouse.Tables.FACT;
import static org.sendap.warehouse.Tables.IMPORT_CHECK;
import static org.sendap.warehouse.Tables.IMPORT_RUN;
import static org.sendap.warehouse.Tables.IMPORT_SKIP;
import static org.sendap.warehouse.Tables.INDICATOR;
import static org.sendap.warehouse.Tables.KPI;
import static org.sendap.warehouse.Tables.LA_ICB;
import static org.sendap.warehouse.Tables.PERIOD;
import static org.sendap.warehouse.Tables.RELEASE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.pipeline.ImportHistory;
import org.sendap.etl.pipeline.InterruptedImports;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.warehouse.tables.records.ImportRunRecord;

/**
 * {@code kill -9} in the middle of importing sample data (the files of {@link #IMPORTED}), then the
 * same import again, leaves the warehouse as one clean import of it into another database does:
 * nothing lost, nothing half-loaded. Each import runs in a JVM of its own, as {@code java -jar send-etl.jar import
 * sample-data} does; the killed one is killed (SIGKILL) once a file is half-loaded: some files
 * completed, and the facts of the file in hand committed in part. Run once per database (subclasses
 * choose it).
 */
abstract class KillDuringImportFunctionalTests {

	/**
	 * The sample files imported, in this order: one of each source layout (ONS projections and estimates,
	 * NHS long CSV and workbook, EES CSV), small files first so that some are complete when the EES file,
	 * big enough to be seen half-loaded for a while, is killed; not the whole sample data, which would
	 * take this test several minutes per database.
	 */
	private static final List<String> IMPORTED = List.of("ons", "nhs/autism-statistics",
			"nhs/community-health-services-waiting-lists/community_health_2023-09-01.xlsx",
			"ees/education-health-and-care-plans-2025/timeliness_20_week.csv");

	/** Far more than an import of the sample data takes (a minute or two), for a busy machine. */
	private static final Duration IMPORT_TIME_LIMIT = Duration.ofMinutes(15);

	private static final Duration POLL_INTERVAL = Duration.ofMillis(200);

	@TempDir
	Path folder;

	/** A warehouse database of the test's own, which the import creates or finds empty. */
	abstract Warehouse freshWarehouse(String name);

	/**
	 * @param url what the import connects with
	 * @param urlOfExisting what the test reads with: it must not create the database before the import does
	 */
	record Warehouse(String url, String user, String urlOfExisting) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection(this.urlOfExisting, this.user, "");
		}

	}

	/** The import the kill interrupted, as the test saw it after the kill. */
	record PartialImport(long importId, String file, long factsWritten, long factsInTheWarehouse) {
	}

	@Test
	void importKilledMidFileThenRunAgainLeavesTheRowsOfOneCleanImport() throws Exception {
		Warehouse clean = freshWarehouse("clean");
		Warehouse killed = freshWarehouse("killed");
		// Alongside the rest, on the other core: the test takes half the time
		Process cleanImport = startImport(clean, this.folder.resolve("clean.log"));
		try {
			PartialImport partial = killMidFile(killed);

			assertThat(partial.factsWritten()).as("facts committed by %s before the kill", partial.file()).isPositive();
			assertThat(partial.factsInTheWarehouse()).as("facts of %s left by the kill", partial.file())
				.isEqualTo(partial.factsWritten());
			Process again = startImport(killed, this.folder.resolve("again.log"));
			assertThat(exitCode(again, "again")).as("exit code of the import run again").isZero();
			assertThat(exitCode(cleanImport, "clean")).as("exit code of the clean import").isZero();
			assertThat(rowCounts(killed)).isEqualTo(rowCounts(clean));
			ImportRunRecord interrupted = importRun(killed, partial.importId());
			assertThat(interrupted.getStatus()).isEqualTo(ImportHistory.FAILED);
			assertThat(interrupted.getMessage()).isEqualTo(InterruptedImports.MESSAGE);
		}
		finally {
			stop(cleanImport);
		}
	}

	// --- the imports, in child JVMs

	/** Waits for the import to end, and stops it if it does not end in time. */
	private int exitCode(Process child, String run) throws InterruptedException {
		Path log = this.folder.resolve(run + ".log");
		try {
			if (!child.waitFor(IMPORT_TIME_LIMIT.toMinutes(), TimeUnit.MINUTES)) {
				fail("The " + run + " import did not end within " + IMPORT_TIME_LIMIT.toMinutes() + " minutes:\n" + tail(log));
			}
			if (child.exitValue() != 0) {
				System.err.println("The " + run + " import ended with exit code " + child.exitValue() + ":\n" + tail(log));
			}
			return child.exitValue();
		}
		finally {
			stop(child);
		}
	}

	/** Starts an import of the sample data, waits until a file is half-loaded, and kills the import. */
	private PartialImport killMidFile(Warehouse warehouse) throws IOException, InterruptedException {
		Path log = this.folder.resolve("killed.log");
		Process child = startImport(warehouse, log);
		long runningImport;
		try {
			runningImport = waitForAHalfLoadedFile(warehouse, child, log);
		}
		finally {
			stop(child);
		}
		ImportRunRecord run = importRun(warehouse, runningImport);
		assertThat(run.getStatus()).as("status of the killed import").isEqualTo(ImportHistory.RUNNING);
		return new PartialImport(runningImport, run.getFileName(), run.getFactsWritten(),
				read(warehouse, dsl -> (long) dsl.fetchCount(FACT, FACT.IMPORT_ID.eq(runningImport))));
	}

	private Process startImport(Warehouse warehouse, Path log) throws IOException {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Path sampleData = TestFiles.repositoryRoot().resolve("sample-data");
		List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx1g", "-cp",
				System.getProperty("java.class.path"), EtlApplication.class.getName(), "import"));
		IMPORTED.forEach(file -> command.add(sampleData.resolve(file).toString()));
		command.addAll(List.of("--spring.datasource.url=" + warehouse.url(),
				"--spring.datasource.username=" + warehouse.user(), "--spring.datasource.password="));
		return new ProcessBuilder(command)
			.directory(this.folder.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	/**
	 * Waits until a file is half-loaded: an import RUNNING with facts committed, after at least one
	 * import COMPLETED, and still so {@link #durableAfter()} later. Returns its id.
	 */
	private long waitForAHalfLoadedFile(Warehouse warehouse, Process child, Path log) throws InterruptedException {
		long giveUpAt = System.nanoTime() + IMPORT_TIME_LIMIT.toNanos();
		Map<Long, Long> firstSeen = new TreeMap<>();
		while (System.nanoTime() < giveUpAt) {
			if (!child.isAlive()) {
				fail("The import ended (exit code " + child.exitValue() + ") before it was seen in the middle of a file:\n"
						+ tail(log));
			}
			Optional<Long> halfLoaded = halfLoadedImport(warehouse);
			if (halfLoaded.isPresent()) {
				long seen = firstSeen.computeIfAbsent(halfLoaded.get(), id -> System.nanoTime());
				if (System.nanoTime() - seen >= durableAfter().toNanos()) {
					return halfLoaded.get();
				}
			}
			Thread.sleep(POLL_INTERVAL.toMillis());
		}
		return fail("No import was seen in the middle of a file within " + IMPORT_TIME_LIMIT.toMinutes() + " minutes:\n"
				+ tail(log));
	}

	/** How long after their commit the database may still lose changes to a kill. */
	Duration durableAfter() {
		return Duration.ZERO;
	}

	private static Optional<Long> halfLoadedImport(Warehouse warehouse) {
		try {
			return read(warehouse, dsl -> dsl.fetchExists(IMPORT_RUN, IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED))
					? dsl.select(IMPORT_RUN.IMPORT_ID)
						.from(IMPORT_RUN)
						.where(IMPORT_RUN.STATUS.eq(ImportHistory.RUNNING).and(IMPORT_RUN.FACTS_WRITTEN.gt(0L)))
						.fetchOptional(IMPORT_RUN.IMPORT_ID)
					: Optional.empty());
		}
		catch (IllegalStateException | DataAccessException ex) {
			// Not yet: the database or its tables are still being made
			return Optional.empty();
		}
	}

	/** Kills the process if it is still running (SIGKILL on Linux) and waits for it. */
	private static void stop(Process child) throws InterruptedException {
		child.destroyForcibly();
		if (!child.waitFor(1, TimeUnit.MINUTES)) {
			fail("The import process " + child.pid() + " did not end within a minute of being killed");
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no output: " + ex.getMessage() + ")";
		}
	}

	// --- what the warehouse holds

	/**
	 * The rows that an import of the same files must reproduce: the imports that count and their
	 * counts, the facts by the import (and its status) they belong to, and the dimensions.
	 */
	private static Map<String, Long> rowCounts(Warehouse warehouse) {
		return read(warehouse, dsl -> {
			Map<String, Long> counts = new TreeMap<>();
			dsl.select(IMPORT_RUN.STATUS, DSL.count())
				.from(IMPORT_RUN)
				.where(IMPORT_RUN.STATUS.ne(ImportHistory.FAILED))
				.groupBy(IMPORT_RUN.STATUS)
				.forEach(row -> counts.put("imports " + row.value1(), (long) row.value2()));
			dsl.selectFrom(IMPORT_RUN).where(IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED)).forEach(run -> {
				counts.put(run.getSourcePath() + " rows read", run.getRowsRead());
				counts.put(run.getSourcePath() + " facts written", run.getFactsWritten());
				counts.put(run.getSourcePath() + " rows skipped", run.getRowsSkipped());
				counts.put(run.getSourcePath() + " warnings", run.getWarnings());
			});
			dsl.select(IMPORT_RUN.STATUS, IMPORT_RUN.SOURCE_PATH, DSL.count())
				.from(FACT)
				.join(IMPORT_RUN).on(IMPORT_RUN.IMPORT_ID.eq(FACT.IMPORT_ID))
				.groupBy(IMPORT_RUN.STATUS, IMPORT_RUN.SOURCE_PATH)
				.forEach(row -> counts.put("facts of the " + row.value1() + " import of " + row.value2(), (long) row.value3()));
			for (Table<?> table : List.of(FACT, AREA, PERIOD, BREAKDOWN, BREAKDOWN_ITEM, RELEASE, DATASET, INDICATOR,
					IMPORT_SKIP, KPI, COMPARATOR_GROUP, COMPARATOR_MEMBER, LA_ICB)) {
				counts.put("rows of " + table.getName(), (long) dsl.fetchCount(table));
			}
			counts.put("checks of completed imports", (long) dsl.fetchCount(IMPORT_CHECK, IMPORT_CHECK.IMPORT_ID
				.in(DSL.select(IMPORT_RUN.IMPORT_ID).from(IMPORT_RUN).where(IMPORT_RUN.STATUS.eq(ImportHistory.COMPLETED)))));
			return counts;
		});
	}

	private static ImportRunRecord importRun(Warehouse warehouse, long importId) {
		return read(warehouse, dsl -> dsl.fetchSingle(IMPORT_RUN, IMPORT_RUN.IMPORT_ID.eq(importId)));
	}

	/** Reads with a connection of its own, closed at once: the import may need the database to itself next. */
	private static <T> T read(Warehouse warehouse, Function<DSLContext, T> query) {
		try (Connection connection = warehouse.connect()) {
			return query.apply(DSL.using(connection));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot read the warehouse at " + warehouse.urlOfExisting() + ": " + ex.getMessage(),
					ex);
		}
	}

}
