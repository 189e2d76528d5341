package org.sendap.etl.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Empty warehouses for a benchmark, removed afterwards: an H2 database in a temporary folder, and a
 * database of its own on a PostgreSQL server, so that no real warehouse is touched.
 */
public final class BenchmarkDatabases {

	/** The database created on the PostgreSQL server for the benchmark (and dropped after it). */
	public static final String POSTGRESQL_DATABASE = "sendap_benchmark";

	private static final Pattern POSTGRESQL_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

	private BenchmarkDatabases() {
	}

	public static Warehouse freshH2(Path folder) {
		return new Warehouse("H2", "jdbc:h2:file:" + folder.resolve("warehouse").toAbsolutePath()
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "");
	}

	public static Path temporaryFolder() {
		try {
			return Files.createTempDirectory("sendap-benchmark");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Creates {@value #POSTGRESQL_DATABASE} afresh on the server of {@code serverUrl} (any database
	 * there the user can connect to, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}).
	 */
	public static Warehouse freshPostgreSql(String serverUrl, String user, String password) {
		Matcher url = POSTGRESQL_URL.matcher(serverUrl);
		if (!url.matches()) {
			throw new IllegalArgumentException("'" + serverUrl + "' is not a PostgreSQL JDBC URL such as "
					+ "jdbc:postgresql://127.0.0.1:5432/postgres");
		}
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + POSTGRESQL_DATABASE + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + POSTGRESQL_DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot create the database " + POSTGRESQL_DATABASE + " on " + serverUrl
					+ " as " + user + ": " + ex.getMessage(), ex);
		}
		String query = url.group(3) == null ? "" : url.group(3);
		return new Warehouse("PostgreSQL", url.group(1) + "/" + POSTGRESQL_DATABASE + query, user, password);
	}

	public static void dropPostgreSql(String serverUrl, String user, String password) {
		try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + POSTGRESQL_DATABASE + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot drop the database " + POSTGRESQL_DATABASE + " on " + serverUrl
					+ ": " + ex.getMessage(), ex);
		}
	}

	public static void delete(Path folder) {
		try (Stream<Path> paths = Files.walk(folder)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
