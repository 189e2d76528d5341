package org.sendap.etl;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.sendap.etl.cli.FailureReport;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * The import command line: {@code java -jar send-etl.jar import PATH...}.
 */
@SpringBootApplication
public class EtlApplication {

	public static void main(String[] args) {
		System.exit(run(args));
	}

	/**
	 * Runs the command line and returns its exit code. A start that fails (no database, a setting that
	 * is not valid) is said in one line, as a command's own failure is; {@code --debug} adds the stack
	 * trace (and is kept from Spring, whose own debug mode would print its whole configuration report).
	 */
	public static int run(String... arguments) {
		List<String> words = Arrays.asList(arguments);
		boolean debug = words.contains(FailureReport.DEBUG);
		SpringApplication application = new SpringApplication(EtlApplication.class);
		application.setDefaultProperties(Map.of(FailureReport.DEBUG_SETTING, String.valueOf(debug)));
		PreparedEnvironment environment = new PreparedEnvironment();
		application.addListeners(environment);
		try {
			return SpringApplication.exit(application.run(words.stream()
				.filter(word -> !word.equals(FailureReport.DEBUG))
				.toArray(String[]::new)));
		}
		catch (RuntimeException ex) {
			return new FailureReport(System.out, debug).startFailed(ex, environment.databaseUrl());
		}
	}

	/** The settings of a start, kept to name the database a failed start could not open. */
	private static final class PreparedEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

		private Environment environment;

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			this.environment = event.getEnvironment();
		}

		String databaseUrl() {
			return this.environment == null ? null : this.environment.getProperty("spring.datasource.url");
		}

	}

}
