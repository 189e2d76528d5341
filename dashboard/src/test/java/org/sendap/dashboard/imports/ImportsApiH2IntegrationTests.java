package org.sendap.dashboard.imports;

import org.sendap.dashboard.system.DashboardIntegrationTest;

/**
 * The import history and uploads on the embedded H2 database, as the Quick start runs them.
 */
@DashboardIntegrationTest
class ImportsApiH2IntegrationTests extends AbstractImportsApiIntegrationTests {

}
