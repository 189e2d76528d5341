package org.sendap.dashboard.kpi;

import org.sendap.dashboard.system.FreshPostgreSqlDatabase;
import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * Later releases' wordings on the real PostgreSQL server, in a database of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sendap.import-sample-data-on-first-start=false",
				"sendap.catalogue.path=target/release-wording-catalogue-postgresql" })
@EnabledIfPostgreSqlAvailable
@ContextConfiguration(initializers = PostgreSqlReleaseWordingIntegrationTests.FreshDatabase.class)
class PostgreSqlReleaseWordingIntegrationTests extends AbstractReleaseWordingIntegrationTests {

	static class FreshDatabase extends FreshPostgreSqlDatabase {

		FreshDatabase() {
			super("sendap_release_wording_it");
		}

	}

}
