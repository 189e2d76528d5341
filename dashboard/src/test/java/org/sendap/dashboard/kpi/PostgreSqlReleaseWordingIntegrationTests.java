package org.sendap.dashboard.kpi;

import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
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

	static class FreshDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			TestPropertyValues
				.of("spring.datasource.url=" + PostgreSqlTestServer.freshDatabase("sendap_release_wording_it"),
						"spring.datasource.username=" + PostgreSqlTestServer.user(), "spring.datasource.password=")
				.applyTo(context);
		}

	}

}
