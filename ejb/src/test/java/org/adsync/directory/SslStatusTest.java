package org.adsync.directory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The list marks a certificate about to expire as a warning, and one that fails the connection now as an error. */
class SslStatusTest {

    @Test
    void anExpiryWithin30DaysWarnsWhatFailsNowIsAnError() {
        assertEquals("warning", SslStatus.EXPIRING_SOON.severity());
        assertEquals("error", SslStatus.EXPIRED.severity());
        assertEquals("error", SslStatus.UNTRUSTED_CHAIN.severity());
        assertEquals("error", SslStatus.HOST_NAME_MISMATCH.severity());
        assertEquals("error", SslStatus.NOT_ENCRYPTED.severity());
        assertEquals("none", SslStatus.OK.severity());
        assertEquals("none", SslStatus.UNKNOWN.severity());
    }
}
