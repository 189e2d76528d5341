package org.sendap.dashboard.system;

import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test application at a database of its own on the real PostgreSQL server, created empty
 * when the application starts.
 */
public abstract class FreshPostgreSqlDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private final String database;

	protected FreshPostgreSqlDatabase(String database) {
		this.database = database;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues
			.of("spring.datasource.url=" + PostgreSqlTestServer.freshDatabase(this.database),
					"spring.datasource.username=" + PostgreSqlTestServer.user(), "spring.datasource.password=")
			.applyTo(context);
	}

}
