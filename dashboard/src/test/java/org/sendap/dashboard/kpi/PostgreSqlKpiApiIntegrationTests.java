package org.sendap.dashboard.kpi;

import org.sendap.dashboard.system.PostgreSqlDashboardIntegrationTest;

/**
 * The API on the real PostgreSQL server: the same migrations, import and queries as on H2.
 */
@PostgreSqlDashboardIntegrationTest
class PostgreSqlKpiApiIntegrationTests extends AbstractKpiApiIntegrationTests {

}
