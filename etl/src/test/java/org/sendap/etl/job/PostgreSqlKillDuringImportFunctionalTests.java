package org.sendap.etl.job;

import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;

/**
 * A killed import run again on PostgreSQL, the production database, in databases of its own created
 * afresh.
 */
@EnabledIfPostgreSqlAvailable
class PostgreSqlKillDuringImportFunctionalTests extends KillDuringImportFunctionalTests {

	@Override
	Warehouse freshWarehouse(String name) {
		String url = PostgreSqlTestServer.freshDatabase("sendap_kill_" + name);
		return new Warehouse(url, PostgreSqlTestServer.user(), url);
	}

}
