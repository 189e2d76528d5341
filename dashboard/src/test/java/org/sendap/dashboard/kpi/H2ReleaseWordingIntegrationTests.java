package org.sendap.dashboard.kpi;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * Later releases' wordings on the embedded H2 database, in a warehouse of their own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sendap.import-sample-data-on-first-start=false",
				"sendap.catalogue.path=target/release-wording-catalogue-h2",
				"spring.datasource.url=jdbc:h2:mem:release-wording;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
class H2ReleaseWordingIntegrationTests extends AbstractReleaseWordingIntegrationTests {

}
