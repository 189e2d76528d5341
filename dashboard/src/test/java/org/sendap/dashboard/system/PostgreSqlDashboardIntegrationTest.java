package org.sendap.dashboard.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.sendap.etl.testsupport.EnabledIfPostgreSqlAvailable;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole dashboard on the real PostgreSQL server, in a database created empty for the test run
 * and filled on first start like the H2 one. Test classes with this annotation share one
 * application (the database settings come from one initializer, not from each class), so the
 * sample data is imported into PostgreSQL once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@DashboardIntegrationTest
@EnabledIfPostgreSqlAvailable
@ContextConfiguration(initializers = PostgreSqlDashboardIntegrationTest.FreshDatabase.class)
public @interface PostgreSqlDashboardIntegrationTest {

	/** Points the application at a fresh {@code sendap_dashboard_it} database. */
	class FreshDatabase extends FreshPostgreSqlDatabase {

		public FreshDatabase() {
			super("sendap_dashboard_it");
		}

	}

}
