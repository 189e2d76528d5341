package org.sendap.etl.socialcare;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The social-care extract imports on the embedded H2 database in PostgreSQL mode, as a fresh install uses it.
 */
class H2SocialCareImportFunctionalTests extends SocialCareImportFunctionalTests {

	@DynamicPropertySource
	static void h2Warehouse(DynamicPropertyRegistry registry) {
		String name = "social-care-import-" + UUID.randomUUID();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

}
