package org.sendap.etl.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The local PostgreSQL server the tests use: 127.0.0.1:5432, database {@code test}, trust
 * authentication, user {@code postgres}. {@code SENDAP_TEST_PG_HOST}, {@code SENDAP_TEST_PG_PORT}
 * and {@code SENDAP_TEST_PG_USER} override them; {@code SENDAP_TEST_PG_DATABASE_SUFFIX} is added to the
 * name of every database the tests make, so that two checkouts can run their tests on one server at once.
 */
public final class PostgreSqlTestServer {

	static final String ADMIN_DATABASE = "test";

	private PostgreSqlTestServer() {
	}

	public static String host() {
		return env("SENDAP_TEST_PG_HOST", "127.0.0.1");
	}

	public static int port() {
		return Integer.parseInt(env("SENDAP_TEST_PG_PORT", "5432"));
	}

	public static String user() {
		return env("SENDAP_TEST_PG_USER", "postgres");
	}

	public static String url(String database) {
		return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
	}

	/** Opens a connection to the {@code test} database, giving up after a few seconds. */
	static Connection connectToAdminDatabase() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", user());
		properties.setProperty("password", "");
		properties.setProperty("connectTimeout", "3");
		properties.setProperty("socketTimeout", "60");
		return DriverManager.getConnection(url(ADMIN_DATABASE), properties);
	}

	/**
	 * Drops the database if it is there and creates it empty; returns its JDBC URL, with the
	 * driver's batch rewriting on as production should have it.
	 */
	public static String freshDatabase(String name) {
		String database = name + env("SENDAP_TEST_PG_DATABASE_SUFFIX", "");
		if (!database.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException("not a plain database name: " + database);
		}
		try (Connection connection = connectToAdminDatabase(); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + database);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + database + " on " + url(ADMIN_DATABASE)
					+ " as " + user() + ": " + ex.getMessage(), ex);
		}
		return url(database) + "?reWriteBatchedInserts=true";
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
