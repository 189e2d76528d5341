package org.sendap.etl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sendap.etl.EtlApplication;
import org.sendap.etl.testsupport.TestFiles;
import org.sendap.etl.testsupport.TestFiles.Fixtures;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The command line when it cannot run: the warehouse is locked by another program, its server does not
 * answer, its schema does not match the migrations. Every command then exits 3 with one line saying what
 * and how to fix it, wherever the failure happens (while the application starts, or while a command
 * runs); the stack trace only with {@code --debug}.
 */
@ExtendWith(OutputCaptureExtension.class)
class CommandLineFailureTests {

	private static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

	@TempDir
	Path folder;

	private Path inbox;

	@BeforeEach
	void makeInbox() throws IOException {
		this.inbox = Files.createDirectories(this.folder.resolve("inbox"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "import", "watch", "imports", "benchmark" })
	void aWarehouseFileLockedByAnotherProgramIsExitCodeThreeAndOneLine(String command) throws Exception {
		Path warehouse = this.folder.resolve("warehouse");
		try (Connection lockingIt = DriverManager.getConnection("jdbc:h2:file:" + warehouse + H2_SETTINGS, "sa", "")) {
			// as the default settings open it: AUTO_SERVER=TRUE, which the other program did not use
			Run run = inChildProcess(arguments(command,
					"--spring.datasource.url=jdbc:h2:file:" + warehouse + H2_SETTINGS + ";AUTO_SERVER=TRUE"));

			assertThat(run.exitCode()).isEqualTo(Command.FAILED);
			assertThat(run.output()).isEqualTo("ERROR  cannot open the warehouse jdbc:h2:file:" + warehouse
					+ ": the database file is locked by another process (open it with AUTO_SERVER=TRUE, or stop the other"
					+ " program)\n");
		}
	}

	@Test
	void debugAddsTheStackTraceToTheLine() throws Exception {
		Path warehouse = this.folder.resolve("warehouse");
		try (Connection lockingIt = DriverManager.getConnection("jdbc:h2:file:" + warehouse + H2_SETTINGS, "sa", "")) {
			Run run = inChildProcess(arguments("imports",
					"--spring.datasource.url=jdbc:h2:file:" + warehouse + H2_SETTINGS + ";AUTO_SERVER=TRUE", "--debug"));

			assertThat(run.exitCode()).isEqualTo(Command.FAILED);
			assertThat(run.output()).startsWith("ERROR  cannot open the warehouse jdbc:h2:file:" + warehouse + ": ")
				.contains("\tat org.springframework.", "Caused by: org.h2.jdbc.JdbcSQLNonTransientConnectionException:"
						+ " Database may be already in use");
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "import", "watch", "imports", "benchmark" })
	void aPostgreSqlServerThatDoesNotAnswerIsExitCodeThreeAndOneLine(String command, CapturedOutput output) {
		int port = portNobodyListensOn();

		int exitCode = EtlApplication.run(arguments(command, "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port
				+ "/sendap?reWriteBatchedInserts=true"));

		assertThat(exitCode).isEqualTo(Command.FAILED);
		assertThat(output.getAll()).isEqualTo("ERROR  cannot connect to the warehouse at 127.0.0.1:" + port
				+ " (jdbc:postgresql://127.0.0.1:" + port + "/sendap): the connection was refused; is the PostgreSQL server"
				+ " running there? Check --spring.datasource.url\n");
	}

	@Test
	void debugAddsTheStackTraceInTheSameProcessToo(CapturedOutput output) {
		int port = portNobodyListensOn();

		int exitCode = EtlApplication.run("imports", "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/x",
				"--debug");

		assertThat(exitCode).isEqualTo(Command.FAILED);
		assertThat(output.getAll()).startsWith("ERROR  cannot connect to the warehouse at 127.0.0.1:" + port)
			.contains("\tat org.springframework.", "Caused by: java.net.ConnectException");
	}

	@Test
	void aWarehouseWhoseMigrationHistoryDoesNotMatchIsExitCodeThreeAndOneLine(CapturedOutput output) throws SQLException {
		String url = "jdbc:h2:file:" + this.folder.resolve("warehouse") + H2_SETTINGS;
		assertThat(EtlApplication.run("imports", "--spring.datasource.url=" + url)).isEqualTo(Command.OK);
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement()) {
			// as if the first migration had been changed after this warehouse was made with it
			assertThat(statement.executeUpdate("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '001'"))
				.isEqualTo(1);
		}
		int before = output.getAll().length();

		int exitCode = EtlApplication.run("imports", "--spring.datasource.url=" + url);

		assertThat(exitCode).isEqualTo(Command.FAILED);
		assertThat(output.getAll().substring(before)).isEqualTo("ERROR  the warehouse jdbc:h2:file:"
				+ this.folder.resolve("warehouse") + " does not match this version's schema migrations (Migration checksum"
				+ " mismatch for migration version 001): it was made or changed by another version of send-etl, or by hand;"
				+ " run the version that made it, or start a new warehouse\n");
	}

	@Test
	void aSettingThatIsNotValidIsAUsageErrorInOneLine(CapturedOutput output) {
		int exitCode = EtlApplication.run("imports", "--spring.datasource.url=jdbc:h2:mem:settings" + H2_SETTINGS,
				"--sendap.quality.severity.negative-counts=error");

		assertThat(exitCode).isEqualTo(Command.USAGE);
		assertThat(output.getAll())
			.isEqualTo("ERROR  the settings sendap.quality.* are not valid: no data-quality check 'negative-counts'\n");
	}

	@Test
	void aServerThatDoesNotAnswerWhileACommandRunsIsExitCodeThreeAndOneLine(CapturedOutput output) {
		int port = portNobodyListensOn();
		String server = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";

		int exitCode = EtlApplication.run("benchmark", TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025).toString(),
				"--postgres", server, "--spring.datasource.url=jdbc:h2:mem:benchmark-server" + H2_SETTINGS);

		assertThat(exitCode).isEqualTo(Command.FAILED);
		assertThat(output.getAll()).endsWith("\nERROR  cannot connect to the PostgreSQL server at 127.0.0.1:" + port + " ("
				+ server + "): the connection was refused; is the PostgreSQL server running there? Check --postgres\n")
			.doesNotContain("\tat ", "Exception");
	}

	/** The command's own words, which any of them takes (the folder or file it works on). */
	private String[] arguments(String command, String... settings) {
		List<String> arguments = new ArrayList<>(List.of(command));
		String file = TestFiles.fixture(Fixtures.CHILDREN_IN_NEED_2025).toString();
		switch (command) {
			case "import", "benchmark" -> arguments.add(file);
			case "watch" -> arguments.addAll(List.of("--inbox", this.inbox.toString(), "--once"));
			default -> {
			}
		}
		arguments.addAll(List.of(settings));
		return arguments.toArray(String[]::new);
	}

	private static int portNobodyListensOn() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private record Run(int exitCode, String output) {
	}

	/** {@code java -jar send-etl.jar ARGS} as a process of its own, its standard output and error together. */
	private static Run inChildProcess(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), EtlApplication.class.getName()));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		byte[] output = process.getInputStream().readAllBytes();
		assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
		return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
