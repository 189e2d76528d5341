package org.sendap.dashboard.system;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local PostgreSQL server the tests run against (127.0.0.1:5432, trust auth, database test).
 * On CI ({@code CI=true}) the tests always run, so that a missing server fails the build; on a
 * developer's machine without the server they are skipped with a message saying how to run them.
 */
public final class PostgreSqlTestDatabase implements ExecutionCondition {

	static final String HOST = env("SENDAP_TEST_PG_HOST", "127.0.0.1");

	static final String PORT = env("SENDAP_TEST_PG_PORT", "5432");

	public static final String USER = env("SENDAP_TEST_PG_USER", "postgres");

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: PostgreSQL tests are required");
		}
		try (Connection ignored = DriverManager.getConnection(url("test"), USER, "")) {
			return ConditionEvaluationResult.enabled("PostgreSQL is running at " + HOST + ":" + PORT);
		}
		catch (SQLException ex) {
			return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: no server at " + HOST + ":" + PORT
					+ " (database test, trust auth). Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start) "
					+ "or run with CI=true to require it.");
		}
	}

	public static String url(String database) {
		return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
	}

	/** A new, empty database for one test class; an earlier run's is dropped first. */
	public static String freshDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(url("test"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
			statement.execute("CREATE DATABASE " + name);
			return url(name) + "?reWriteBatchedInserts=true";
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database " + name + " on " + url("test"), ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}

}
