package org.sendap.etl.nhs;

import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The NHS and ONS imports on PostgreSQL, in a database of its own created afresh for this class.
 */
@EnabledIfPostgreSqlAvailable
class PostgreSqlNhsAndPopulationImportFunctionalTests extends NhsAndPopulationImportFunctionalTests {

	@DynamicPropertySource
	static void postgreSqlWarehouse(DynamicPropertyRegistry registry) {
		String url = PostgreSqlTestServer.freshDatabase("sendap_nhs_it");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", PostgreSqlTestServer::user);
		registry.add("spring.datasource.password", () -> "");
	}

}
