package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendap.etl.benchmark.BenchmarkDatabases;
import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * {@code benchmark PATH...} as the README runs it, on a real file small enough for a test: both
 * warehouses get the same facts, COPY loads exactly those facts again, and nothing is left behind.
 * What it prints is a measurement, so the times themselves are not asserted.
 */
@ExtendWith(OutputCaptureExtension.class)
@EnabledIfPostgreSqlAvailable
class BenchmarkCommandTests {

	private final CommandLineRun commandLine = CommandLineRun.inMemory();

	@Test
	void importsIntoBothWarehousesAndComparesWithCopyOfTheSameFacts(CapturedOutput output) throws SQLException {
		String file = TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025).toString();

		int exitCode = this.commandLine.run("benchmark", file, "--postgres", PostgreSqlTestServer.url("test"),
				"--postgres-user", PostgreSqlTestServer.user());

		assertThat(exitCode).isEqualTo(Command.OK);
		assertThat(output).contains("Benchmark of 1 files")
			.containsPattern("Importing into PostgreSQL .*\\n +[0-9.]+ s +1,320 facts  b1_children_in_need_2013_to_2025.csv\\n")
			.containsPattern("Importing into H2 .*\\n +[0-9.]+ s +1,320 facts  b1_children_in_need_2013_to_2025.csv\\n")
			.contains("Import of 1 files (1 imported, 0 rejected): 165 rows read, 1,320 facts written")
			.contains("PostgreSQL COPY of the same 1,320 facts")
			.containsPattern("into a table equivalent to fact \\(primary key, checks, foreign keys\\) +[0-9.]+ s")
			.containsPattern("import / COPY on PostgreSQL: [0-9]+\\.[0-9]{2} \\(target: at most 2\\) (met|NOT MET)");
		assertThat(benchmarkDatabaseExists()).as("the benchmark's database is dropped after the run").isFalse();
	}

	@Test
	void withoutFilesItSaysWhichAreWanted(CapturedOutput output) {
		int exitCode = this.commandLine.run("benchmark");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output).contains("benchmark: which files? Give one or more files or folders, e.g. ../shared/data/real");
	}

	private static boolean benchmarkDatabaseExists() throws SQLException {
		try (Connection connection = DriverManager.getConnection(PostgreSqlTestServer.url("test"), PostgreSqlTestServer.user(), "");
				ResultSet result = connection.createStatement()
					.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + BenchmarkDatabases.POSTGRESQL_DATABASE + "'")) {
			return result.next();
		}
	}

}
