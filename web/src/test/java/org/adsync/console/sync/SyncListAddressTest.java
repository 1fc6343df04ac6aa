package org.adsync.console.sync;

import org.adsync.directory.DirectoryType;
import org.adsync.sync.SyncListQuery;
import org.adsync.sync.SyncListQuery.SortField;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SyncListAddressTest {

    @Test
    void theDefaultViewHasAPlainAddress() {
        assertEquals("", SyncListAddress.of(new SyncListQuery(null, null, null, SortField.ORGANIZATION, false), 0));
    }

    @Test
    void filtersSortAndPageAreKeptEncoded() {
        SyncListQuery query = new SyncListQuery("Contoso & Co's", DirectoryType.AZURE, true, SortField.CONFLICTS,
                true);
        assertEquals("name=Contoso+%26+Co%27s&enabled=true&type=AZURE&sort=conflicts&order=desc&first=50",
                SyncListAddress.of(query, 50));
    }

    @Test
    void organizationsZToAIsNotTheDefault() {
        assertEquals("sort=organizationName&order=desc",
                SyncListAddress.of(new SyncListQuery(null, null, null, SortField.ORGANIZATION, true), 0));
    }

    @Test
    void anUnknownDirectoryTypeInTheAddressMeansAllTypes() {
        assertEquals("LDAP", SyncListAddress.directoryType("LDAP"));
        assertNull(SyncListAddress.directoryType("<script>"));
    }
}
