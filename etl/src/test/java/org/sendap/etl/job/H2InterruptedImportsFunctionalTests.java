package org.sendap.etl.job;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The recovery of interrupted imports on the embedded H2 database in PostgreSQL mode.
 */
class H2InterruptedImportsFunctionalTests extends InterruptedImportsFunctionalTests {

	@DynamicPropertySource
	static void h2Warehouse(DynamicPropertyRegistry registry) {
		String name = "interrupted-imports-" + UUID.randomUUID();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

}
