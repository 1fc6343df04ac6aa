package org.adsync.demo;

import org.adsync.demo.directory.ActiveDirectoryUser;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo directory must show every case a first sync meets in a real Active Directory. */
class DemoPeopleTest {

    private final List<DemoPerson> people = DemoPeople.generate();

    @Test
    void theSamePeopleOnEveryStart() {
        assertEquals(people, DemoPeople.generate());
        assertEquals(DemoPeople.COUNT, people.size());
    }

    @Test
    void anchorsAndAccountNamesAreUniqueButTwoMailboxesAreShared() {
        assertEquals(people.size(), people.stream().map(DemoPerson::objectGuid).distinct().count());
        assertEquals(people.size(), people.stream().map(DemoPerson::accountName).distinct().count());
        Set<String> seen = new HashSet<>();
        Set<String> shared = people.stream().map(DemoPerson::email).filter(e -> !seen.add(e))
                .collect(Collectors.toSet());
        assertEquals(2, shared.size(), "two pairs of users share an email: " + shared);
    }

    @Test
    void someAccountsAreDisabledAndSomeHaveAMiddleName() {
        long disabled = people.stream().filter(DemoPerson::disabled).count();
        assertTrue(disabled > 5 && disabled < 30, disabled + " disabled");
        assertTrue(people.stream().anyMatch(p -> p.name().middle() != null));
    }

    @Test
    void objectGuidIsWrittenInActiveDirectoryByteOrder() {
        UUID guid = UUID.fromString("01020304-0506-0708-090a-0b0c0d0e0f10");

        byte[] stored = ActiveDirectoryUser.guidBytes(guid);

        assertEquals("0403020106050807090a0b0c0d0e0f10", HexFormat.of().formatHex(stored));
    }
}
