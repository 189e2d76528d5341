package org.sendap.dashboard.imports;

import org.sendap.dashboard.system.PostgreSqlDashboardIntegrationTest;

/**
 * The import history and uploads on the real PostgreSQL server.
 */
@PostgreSqlDashboardIntegrationTest
class ImportsApiPostgreSqlIntegrationTests extends AbstractImportsApiIntegrationTests {

}
