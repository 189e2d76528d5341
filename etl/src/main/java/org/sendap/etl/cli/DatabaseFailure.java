package org.sendap.etl.cli;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.exception.FlywayValidateException;

/**
 * Why a database could not be used, in one line that says what to do about it: the server is not
 * there, the H2 file is locked by another program, the login is refused, the schema does not match
 * the migrations. Read from the failure's causes (the driver's SQL state, Flyway's exceptions); empty
 * when the failure is not the database's.
 */
final class DatabaseFailure {

	private static final Pattern POSTGRESQL_SERVER = Pattern.compile("jdbc:postgresql://([^/?]+).*");

	private static final String H2_FILE_LOCKED = "90020";

	private static final String H2_FILE_VERSION = "90048";

	private static final String POSTGRESQL_NO_DATABASE = "3D000";

	private final String what;

	private final String url;

	private final String urlSetting;

	private final String loginSettings;

	private DatabaseFailure(String what, String url, String urlSetting, String loginSettings) {
		this.what = what;
		this.url = url == null ? "" : url;
		this.urlSetting = urlSetting;
		this.loginSettings = loginSettings;
	}

	/** The warehouse the command line runs on, chosen with {@code --spring.datasource.*}. */
	static DatabaseFailure ofWarehouse(String url) {
		return new DatabaseFailure("the warehouse", url, "--spring.datasource.url",
				"--spring.datasource.username and --spring.datasource.password");
	}

	/** The PostgreSQL server the benchmark makes its warehouse on, chosen with {@code --postgres}. */
	static DatabaseFailure ofBenchmarkServer(String url) {
		return new DatabaseFailure("the PostgreSQL server", url, "--postgres", "--postgres-user and --postgres-password");
	}

	Optional<String> explain(Throwable failure) {
		SQLException sql = cause(failure, SQLException.class);
		if (sql != null && isOpening(sql)) {
			return Optional.of(opening(sql));
		}
		FlywayValidateException validation = cause(failure, FlywayValidateException.class);
		if (validation != null) {
			return Optional.of(this.what + " " + shown() + " does not match this version's schema migrations ("
					+ detail(validation) + "): it was made or changed by another version of send-etl, or by hand;"
					+ " run the version that made it, or start a new warehouse");
		}
		FlywayException migration = cause(failure, FlywayException.class);
		if (migration != null) {
			return Optional.of("cannot migrate " + this.what + " " + shown() + ": " + firstLine(migration.getMessage())
					+ (sql == null ? "" : ": " + firstLine(sql.getMessage()))
					+ "; run again with --debug for the details, or restore the warehouse from its backup");
		}
		return Optional.empty();
	}

	/** A failure to open a connection rather than of a statement run on one. */
	private static boolean isOpening(SQLException sql) {
		String state = sql.getSQLState() == null ? "" : sql.getSQLState();
		return state.startsWith("08") || state.startsWith("28") || state.equals("57P03")
				|| state.equals(POSTGRESQL_NO_DATABASE) || state.equals(H2_FILE_LOCKED) || state.equals(H2_FILE_VERSION)
				|| state.equals("90013") || state.equals("90146") || state.equals("90028") || state.equals("90067");
	}

	private String opening(SQLException sql) {
		String state = sql.getSQLState();
		if (state.equals(H2_FILE_LOCKED)) {
			return "cannot open " + this.what + " " + shown() + ": the database file is locked by another process"
					+ " (open it with AUTO_SERVER=TRUE, or stop the other program)";
		}
		if (state.equals(H2_FILE_VERSION)) {
			return "cannot open " + this.what + " " + shown() + ": the database file is not one this version of H2 reads ("
					+ firstLine(sql.getMessage()) + "); run the send-etl version that made it, or start a new warehouse";
		}
		if (state.startsWith("28")) {
			return "cannot log in to " + this.what + " " + shown() + ": " + serverMessage(sql) + " (check "
					+ this.loginSettings + ")";
		}
		if (state.equals(POSTGRESQL_NO_DATABASE)) {
			return "cannot open " + this.what + " " + shown() + ": " + serverMessage(sql)
					+ "; create that database, or check " + this.urlSetting;
		}
		Matcher server = POSTGRESQL_SERVER.matcher(this.url);
		if (server.matches()) {
			String hostAndPort = server.group(1).contains(":") ? server.group(1) : server.group(1) + ":5432";
			UnknownHostException unknown = cause(sql, UnknownHostException.class);
			if (unknown != null) {
				return "cannot connect to " + this.what + " at " + hostAndPort + " (" + shown() + "): there is no host "
						+ unknown.getMessage().split(":")[0] + "; check " + this.urlSetting;
			}
			return "cannot connect to " + this.what + " at " + hostAndPort + " (" + shown() + "): " + networkProblem(sql)
					+ "; is the PostgreSQL server running there? Check " + this.urlSetting;
		}
		return "cannot open " + this.what + " " + shown() + ": " + firstLine(sql.getMessage()) + " (check "
				+ this.urlSetting + ")";
	}

	/** What the network said, in a few words: refused, no answer. */
	private static String networkProblem(SQLException sql) {
		if (cause(sql, ConnectException.class) != null) {
			return "the connection was refused";
		}
		if (cause(sql, SocketTimeoutException.class) != null) {
			return "no answer in time";
		}
		return serverMessage(sql);
	}

	/** The server's message without PostgreSQL's severity prefix ({@code FATAL: }). */
	private static String serverMessage(SQLException sql) {
		return firstLine(sql.getMessage()).replaceFirst("^(FATAL|ERROR): ", "");
	}

	/** The URL as the data team gave it, without its settings (which may hold a password). */
	private String shown() {
		return this.url.replaceFirst("[;?].*$", "");
	}

	/** Flyway's reason, which comes after its headline ("Validate failed: Migrations have failed validation"). */
	private static String detail(FlywayValidateException validation) {
		return validation.getMessage()
			.lines()
			.skip(1)
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.findFirst()
			.orElse(firstLine(validation.getMessage()));
	}

	private static String firstLine(String message) {
		return message == null ? "" : message.lines().findFirst().orElse("").strip();
	}

	/** The outermost cause of the type, the failure itself included. */
	static <T extends Throwable> T cause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

}
