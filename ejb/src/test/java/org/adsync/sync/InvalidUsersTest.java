package org.adsync.sync;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InvalidUsersTest {

    @Test
    void theMessageNamesTheFirstFiveAndCountsTheRest() {
        InvalidUsers invalid = new InvalidUsers();
        invalid.add(List.of("krbtgt", "Guest", "DefaultAccount"));
        invalid.add(List.of("svc-backup", "svc-scan", "svc-print", "svc-fax"));

        assertEquals("7 users cannot become contacts as the directory has them (status Invalid, with what to fix): "
                + "krbtgt, Guest, DefaultAccount, svc-backup, svc-scan and 2 more.", invalid.warning().orElseThrow());
        assertEquals(Optional.empty(), new InvalidUsers().warning());
    }
}
