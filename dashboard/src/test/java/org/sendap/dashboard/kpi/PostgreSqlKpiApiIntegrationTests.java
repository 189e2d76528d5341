package org.sendap.dashboard.kpi;

import org.junit.jupiter.api.extension.ExtendWith;
import org.sendap.dashboard.system.DashboardIntegrationTest;
import org.sendap.dashboard.system.PostgreSqlTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API on the real PostgreSQL server: the same migrations, import and queries as on H2.
 */
@DashboardIntegrationTest
@ExtendWith(PostgreSqlTestDatabase.class)
class PostgreSqlKpiApiIntegrationTests extends AbstractKpiApiIntegrationTests {

	@DynamicPropertySource
	static void postgreSql(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> PostgreSqlTestDatabase.freshDatabase("sendap_dashboard_it"));
		registry.add("spring.datasource.username", () -> PostgreSqlTestDatabase.USER);
		registry.add("spring.datasource.password", () -> "");
	}

}
