package org.sendap.dashboard.kpi;

import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API on the real PostgreSQL server: the same migrations, import and queries as on H2.
 */
@DashboardIntegrationTest
@EnabledIfPostgreSqlAvailable
class PostgreSqlKpiApiIntegrationTests extends AbstractKpiApiIntegrationTests {

	@DynamicPropertySource
	static void postgreSql(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgreSqlTestServer.freshDatabase("sendap_dashboard_it"));
		registry.add("spring.datasource.username", PostgreSqlTestServer::user);
		registry.add("spring.datasource.password", () -> "");
	}

}
