package org.adsync.it;

import org.junit.jupiter.api.Tag;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class whose outcome may depend on the database: native SQL, set operations, locking, the timer store,
 * statistics. Every integration test runs on PostgreSQL, the production database; these run on H2 (the embedded
 * default) as well. The rest (the console, the API's rules, sign-in) do not change with the database.
 */
@Tag("database")
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DatabaseSensitive {
}
