package org.adsync.directory.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.controls.SimplePagedResultsControl;
import org.adsync.demo.directory.LookAlikeDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The next page is on its way while the last one is written: reading and writing overlap. */
class PagedReadOverlapTest {

    @Test
    void theNextPageIsAskedForBeforeThisOneIsHandedOn(@TempDir Path dir) throws Exception {
        PageRequests requests = new PageRequests();
        try (LookAlikeDirectory directory = LookAlikeDirectory.start(dir.resolve("directory.p12"),
                TestDirectories.BASE_DN, 0, TestDirectories.SERVICE_DN, TestDirectories.SERVICE_PASSWORD,
                requests)) {
            TestDirectories.addUsers(directory, "People", 1250);
            List<Integer> askedWhenHandedOn = new ArrayList<>();
            List<Integer> pageSizes = new ArrayList<>();
            try (LdapConnectionSettings source = TestDirectories.source(TestDirectories.settings(directory)
                    .pageSize(500).build())) {
                new LdapDirectoryReader().readUsers(source, page -> {
                    pageSizes.add(page.size());
                    long until = System.nanoTime() + 5_000_000_000L;
                    int expected = Math.min(pageSizes.size() + 1, 3);
                    while (requests.pages.get() < expected && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    askedWhenHandedOn.add(requests.pages.get());
                });
            }
            assertEquals(List.of(500, 500, 250), pageSizes);
            assertEquals(List.of(2, 3, 3), askedWhenHandedOn, "each next page was asked for while this one was "
                    + "being handed on, and no page beyond the last");
            assertEquals(3, requests.pages.get());
        }
    }

    /** Counts the paged searches of users the directory receives. */
    private static final class PageRequests extends InMemoryOperationInterceptor {
        final AtomicInteger pages = new AtomicInteger();

        @Override
        public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
            if (request.getRequest().hasControl(SimplePagedResultsControl.PAGED_RESULTS_OID)
                    && request.getRequest().getFilter().toString().contains("objectCategory")) {
                pages.incrementAndGet();
            }
        }
    }
}
