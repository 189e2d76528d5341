package org.sendap.dashboard.kpi;

import org.sendap.dashboard.system.PostgreSqlDashboardIntegrationTest;

/**
 * The benchmark API on the real PostgreSQL server.
 */
@PostgreSqlDashboardIntegrationTest
class PostgreSqlKpiBenchmarkIntegrationTests extends AbstractKpiBenchmarkIntegrationTests {

}
