package org.sendap.etl.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The condition behind {@link EnabledIfPostgreSqlAvailable}: enabled when {@code CI=true}, or
 * when a connection to the {@code test} database succeeds; otherwise disabled with a message that
 * says how to start the server.
 */
public class PostgreSqlAvailableCondition implements ExecutionCondition {

	private static volatile Boolean reachable;

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			return ConditionEvaluationResult.enabled("CI=true: the PostgreSQL tests are required");
		}
		if (isReachable()) {
			return ConditionEvaluationResult.enabled("PostgreSQL answers at " + PostgreSqlTestServer.host() + ":"
					+ PostgreSqlTestServer.port());
		}
		return ConditionEvaluationResult.disabled(skipMessage());
	}

	static String skipMessage() {
		return "PostgreSQL tests skipped: no server at " + PostgreSqlTestServer.host() + ":" + PostgreSqlTestServer.port()
				+ " (database test, trust auth). Start it (pg_ctlcluster --skip-systemctl-redirect 15 main start)"
				+ " or run with CI=true to require it.";
	}

	private static boolean isReachable() {
		if (reachable == null) {
			try (Connection connection = PostgreSqlTestServer.connectToAdminDatabase()) {
				reachable = connection.isValid(3);
			}
			catch (SQLException ex) {
				reachable = false;
			}
		}
		return reachable;
	}

}
