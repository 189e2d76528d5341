package org.sendap.dashboard.forecast;

import org.sendap.dashboard.system.DashboardIntegrationTest;

/**
 * The forecasts on the embedded H2 database, as the Quick start runs it.
 */
@DashboardIntegrationTest
class H2ForecastIntegrationTests extends AbstractForecastIntegrationTests {

}
