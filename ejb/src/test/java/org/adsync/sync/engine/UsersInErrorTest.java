package org.adsync.sync.engine;

import org.adsync.sync.AttemptCounts;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UsersInErrorTest {

    private static BatchReconciler.Result batch(List<String> invalid, List<String> noted) {
        return new BatchReconciler.Result(new AttemptCounts(), 1, invalid, noted, List.of());
    }

    @Test
    void theMessageNamesTheFirstFiveAndCountsTheRest() {
        UsersInError errors = new UsersInError();
        errors.add(batch(List.of("krbtgt", "Guest", "DefaultAccount"), List.of()));
        errors.add(batch(List.of("svc-backup", "svc-scan", "svc-print", "svc-fax"), List.of()));

        assertEquals("7 users cannot become contacts as the directory has them (status Invalid, with what to fix): "
                + "krbtgt, Guest, DefaultAccount, svc-backup, svc-scan and 2 more.",
                errors.invalidWarning().orElseThrow());
        assertEquals(Optional.empty(), errors.notedWarning());
        assertEquals(Optional.empty(), new UsersInError().invalidWarning());
    }

    @Test
    void syncedUsersWithAValueLeftOutAreNamedToo() {
        UsersInError errors = new UsersInError();
        errors.add(batch(List.of(), List.of("Ada Lovelace")));

        assertEquals("1 synced user has a value its contact cannot take; the rest was synced (each with the reason, "
                + "under \"Only users with errors\" on the AD Users tab): Ada Lovelace.",
                errors.notedWarning().orElseThrow());
    }

    @Test
    void contactsAnApprovalDidNotCoverAreNamedAsLeftActive() {
        UsersInError errors = new UsersInError();
        errors.add(new BatchReconciler.Result(new AttemptCounts(), 1, List.of(), List.of(), List.of("Ada", "Bo")));

        assertEquals("2 users left or were disabled after the held sync listed who would go: their contacts stayed "
                + "active, as the approval did not cover them; the next sync deactivates them, or holds again if too "
                + "many would go: Ada, Bo.", errors.withheldWarning().orElseThrow());
        assertEquals(Optional.empty(), errors.invalidWarning());
    }
}
