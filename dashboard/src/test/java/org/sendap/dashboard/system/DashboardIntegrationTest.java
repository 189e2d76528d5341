package org.sendap.dashboard.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole dashboard on a random port, filled on first start from the repository's sample-data
 * folder by the real import pipeline. Test classes that share this annotation (and database
 * settings) share one application, so the sample data is imported once per database. Uploads go to
 * the module's {@code target/test-uploads}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sendap.sample-data=${sendap.repository.root:..}/sample-data",
				"sendap.import-sample-data-on-first-start=true", "sendap.upload.folder=target/test-uploads",
				"spring.datasource.url=jdbc:h2:mem:dashboard-it;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" })
public @interface DashboardIntegrationTest {

}
