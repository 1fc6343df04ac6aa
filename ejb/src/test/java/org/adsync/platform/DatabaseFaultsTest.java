package org.adsync.platform;

import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseFaultsTest {

    @Test
    void aTerminatedOrClosedConnectionDeepInTheCausesIsTheDatabase() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        assertTrue(DatabaseFaults.causedBy(new IllegalStateException(new PersistenceException(terminated))));
        assertTrue(DatabaseFaults.causedBy(new SQLException("This connection has been closed.", "08003")));
        assertTrue(DatabaseFaults.causedBy(new SQLException("could not serialize access", "40001")));
    }

    @Test
    void thePoolThatCannotOpenAConnectionIsTheDatabase() {
        SQLException pool = new SQLException("jakarta.resource.ResourceException: IJ000453: Unable to get managed "
                + "connection for java:jboss/datasources/AdsyncDS");
        assertTrue(DatabaseFaults.causedBy(new RuntimeException("could not prepare statement", pool)));
    }

    @Test
    void aConstraintViolationOrABugIsNot() {
        assertFalse(DatabaseFaults.causedBy(new SQLIntegrityConstraintViolationException("duplicate key", "23505")));
        assertFalse(DatabaseFaults.causedBy(new NullPointerException()));
        assertFalse(DatabaseFaults.causedBy(new SQLException("no state")));
    }
}
