package org.sendap.etl.job;

import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The recovery of interrupted imports on PostgreSQL, in a database of its own created afresh for
 * this class.
 */
@EnabledIfPostgreSqlAvailable
class PostgreSqlInterruptedImportsFunctionalTests extends InterruptedImportsFunctionalTests {

	private static final String DATABASE = "sendap_interrupted_it";

	@DynamicPropertySource
	static void postgreSqlWarehouse(DynamicPropertyRegistry registry) {
		String url = PostgreSqlTestServer.freshDatabase(DATABASE);
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", PostgreSqlTestServer::user);
		registry.add("spring.datasource.password", () -> "");
	}

}
