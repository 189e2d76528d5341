package org.sendap.etl.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The yardstick for the PostgreSQL import: the facts an import wrote, loaded again with nothing but
 * PostgreSQL's {@code COPY} into a table equivalent to {@code fact} (same columns, primary key,
 * checks and foreign keys), and, for reference, into the same table without its foreign keys.
 * The facts are first copied out to a file, which is not timed.
 */
public final class CopyBaseline {

	private static final String COLUMNS = "indicator_id, area_id, period_id, breakdown_id, import_id, obs_value, obs_status";

	/** COPY times in nanoseconds; {@code rows} is how many facts each loaded. */
	public record Result(long rows, long equivalentTableNanos, long withoutForeignKeysNanos) {

		public double equivalentTableSeconds() {
			return this.equivalentTableNanos / 1e9;
		}

		public double withoutForeignKeysSeconds() {
			return this.withoutForeignKeysNanos / 1e9;
		}

	}

	private CopyBaseline() {
	}

	/** Loads the facts of the warehouse (which an import has filled) again with COPY. */
	public static Result measure(Warehouse warehouse) {
		Path facts = null;
		try (Connection connection = DriverManager.getConnection(warehouse.url(), warehouse.user(), warehouse.password())) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			facts = Files.createTempFile("sendap-benchmark-facts", ".tsv");
			long rows;
			try (OutputStream out = Files.newOutputStream(facts)) {
				rows = copy.copyOut("COPY (SELECT " + COLUMNS + " FROM fact) TO STDOUT", out);
			}
			createTable(connection, "benchmark_fact", true);
			long equivalent = timeCopy(copy, "benchmark_fact", facts, rows);
			createTable(connection, "benchmark_fact_without_keys", false);
			long withoutForeignKeys = timeCopy(copy, "benchmark_fact_without_keys", facts, rows);
			dropTables(connection);
			return new Result(rows, equivalent, withoutForeignKeys);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("COPY baseline on " + warehouse.url() + " failed: " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(facts);
		}
	}

	/**
	 * {@code LIKE ... INCLUDING ALL} copies the columns, primary key, checks and indexes; the foreign
	 * keys are copied from the catalogue, so the table stays equivalent whatever later migrations add.
	 */
	private static void createTable(Connection connection, String table, boolean withForeignKeys) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE IF EXISTS " + table);
			statement.execute("CREATE TABLE " + table + " (LIKE fact INCLUDING ALL)");
			if (withForeignKeys) {
				for (String[] key : foreignKeysOfFact(statement)) {
					statement.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + table + "_" + key[0] + " " + key[1]);
				}
			}
		}
	}

	private static List<String[]> foreignKeysOfFact(Statement statement) throws SQLException {
		List<String[]> keys = new ArrayList<>();
		try (ResultSet result = statement.executeQuery("SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
				+ "WHERE conrelid = 'fact'::regclass AND contype = 'f' ORDER BY conname")) {
			while (result.next()) {
				keys.add(new String[] { result.getString(1), result.getString(2) });
			}
		}
		return keys;
	}

	private static long timeCopy(CopyManager copy, String table, Path facts, long expectedRows)
			throws SQLException, IOException {
		try (InputStream in = Files.newInputStream(facts)) {
			long started = System.nanoTime();
			long rows = copy.copyIn("COPY " + table + " (" + COLUMNS + ") FROM STDIN", in);
			long nanos = System.nanoTime() - started;
			if (rows != expectedRows) {
				throw new IllegalStateException("COPY loaded " + rows + " facts into " + table + ", not " + expectedRows);
			}
			return nanos;
		}
	}

	private static void dropTables(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("DROP TABLE benchmark_fact");
			statement.execute("DROP TABLE benchmark_fact_without_keys");
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a temporary file; the system's clean-up will have it
			}
		}
	}

}
