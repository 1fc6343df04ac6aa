package org.adsync.demo;

import java.nio.file.Path;

/** Whether this server was started as a demo ({@code -Dadsync.demo=true}). */
final class DemoMode {

    static final String PROPERTY = "adsync.demo";

    private DemoMode() {
    }

    static boolean isOn() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Where the demo keeps its certificates between starts: the server's data directory. */
    static Path dataDirectory() {
        return Path.of(System.getProperty("jboss.server.data.dir", "target"), "adsync-demo");
    }
}
