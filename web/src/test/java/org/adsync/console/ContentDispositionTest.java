package org.adsync.console;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Downloads keep their names, accents included, in every browser. */
class ContentDispositionTest {

    @Test
    void theNameGoesAsUtf8WithAnAsciiStandIn() {
        assertEquals("attachment; filename=\"S_ren & Ren_e - AD users.csv\"; "
                        + "filename*=UTF-8''S%C3%B8ren%20%26%20Ren%C3%A9e%20-%20AD%20users.csv",
                ContentDisposition.attachment("Søren & Renée - AD users.csv"));
    }

    @Test
    void quotesAndBackslashesCannotEndTheQuotedName() {
        assertEquals("attachment; filename=\"a_b_c.csv\"; filename*=UTF-8''a%22b%5Cc.csv",
                ContentDisposition.attachment("a\"b\\c.csv"));
    }
}
