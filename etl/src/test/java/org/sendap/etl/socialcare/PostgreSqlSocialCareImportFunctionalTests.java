package org.sendap.etl.socialcare;

import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.sendap.etl.testsupport.PostgreSqlTestServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The social-care extract imports on PostgreSQL, in a database of its own created afresh for this class.
 */
@EnabledIfPostgreSqlAvailable
class PostgreSqlSocialCareImportFunctionalTests extends SocialCareImportFunctionalTests {

	@DynamicPropertySource
	static void postgreSqlWarehouse(DynamicPropertyRegistry registry) {
		String url = PostgreSqlTestServer.freshDatabase("sendap_social_care_it");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", PostgreSqlTestServer::user);
		registry.add("spring.datasource.password", () -> "");
	}

}
