package org.sendap.dashboard.forecast;

import org.sendap.dashboard.system.PostgreSqlDashboardIntegrationTest;

/**
 * The forecasts on the real PostgreSQL server.
 */
@PostgreSqlDashboardIntegrationTest
class PostgreSqlForecastIntegrationTests extends AbstractForecastIntegrationTests {

}
