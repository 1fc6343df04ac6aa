package org.adsync.web.signin;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which requests a browser made, and which a page of another site made it send (login CSRF). */
class BrowserRequestsTest {

    @Test
    void aBrowserMarksItsRequestsAndAScriptDoesNot() {
        assertTrue(BrowserRequests.madeByBrowser(new FakeExchange().header("Sec-Fetch-Mode", "cors").request()));
        assertTrue(BrowserRequests.madeByBrowser(new FakeExchange().header("Origin", "https://psa.example").request()));
        assertFalse(BrowserRequests.madeByBrowser(new FakeExchange().header("User-Agent", "curl/8").request()));
    }

    @Test
    void aPostFromAnotherSiteIsToldFromOneOfOurPages() {
        assertTrue(fromAnotherSite(new FakeExchange().header("Sec-Fetch-Site", "cross-site")));
        assertTrue(fromAnotherSite(new FakeExchange().header("Sec-Fetch-Site", "same-site")), "a sibling host");
        assertFalse(fromAnotherSite(new FakeExchange().header("Sec-Fetch-Site", "same-origin")));
        assertFalse(fromAnotherSite(new FakeExchange().header("Sec-Fetch-Site", "none")), "typed or bookmarked");
        assertTrue(fromAnotherSite(new FakeExchange().header("Origin", "https://evil.example")
                .header("Host", "psa.example")));
        assertFalse(fromAnotherSite(new FakeExchange().header("Origin", "https://psa.example")
                .header("Host", "psa.example")));
        assertTrue(fromAnotherSite(new FakeExchange().header("Origin", "null").header("Host", "psa.example")));
        assertFalse(fromAnotherSite(new FakeExchange()), "no browser page at all: a script");
    }

    private static boolean fromAnotherSite(FakeExchange exchange) {
        return BrowserRequests.fromAnotherSite(exchange.request());
    }
}
