package org.sendap.dashboard.kpi;

import org.sendap.dashboard.system.DashboardIntegrationTest;

/**
 * The benchmark API on the embedded H2 database, as the Quick start runs it.
 */
@DashboardIntegrationTest
class H2KpiBenchmarkIntegrationTests extends AbstractKpiBenchmarkIntegrationTests {

}
