package org.sendap.etl.nhs;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The NHS and ONS imports on the embedded H2 database in PostgreSQL mode, as a fresh install uses it.
 */
class H2NhsAndPopulationImportFunctionalTests extends NhsAndPopulationImportFunctionalTests {

	@DynamicPropertySource
	static void h2Warehouse(DynamicPropertyRegistry registry) {
		String name = "nhs-import-" + UUID.randomUUID();
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		registry.add("spring.datasource.username", () -> "sa");
		registry.add("spring.datasource.password", () -> "");
	}

}
