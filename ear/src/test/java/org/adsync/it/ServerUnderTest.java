package org.adsync.it;

import java.net.URI;

/** Where the integration tests' server answers (its port offset is set per container in arquillian.xml). */
public final class ServerUnderTest {

    private ServerUnderTest() {
    }

    public static URI consoleUrl() {
        return URI.create("http://127.0.0.1:" + Integer.getInteger("adsync.it.http.port", 8180) + "/adsync/");
    }

    /** The console over WildFly's own HTTPS listener (a self-signed certificate for localhost it generates). */
    public static URI consoleHttpsUrl() {
        return URI.create("https://localhost:" + Integer.getInteger("adsync.it.https.port", 8543) + "/adsync/");
    }

    /** The native management port, where jboss-cli and the tests' management client connect. */
    public static int managementPort() {
        return Integer.getInteger("adsync.it.management.port", 10090);
    }
}
