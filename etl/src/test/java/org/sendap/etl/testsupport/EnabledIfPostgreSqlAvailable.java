package org.sendap.etl.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests against the local PostgreSQL server when one answers, and skips them
 * with the reason when none does. With {@code CI=true} they always run, so that a missing server
 * fails the build instead of passing it quietly.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(PostgreSqlAvailableCondition.class)
public @interface EnabledIfPostgreSqlAvailable {

}
