package org.adsync.demo;

/** Whether this server was started as a demo ({@code -Dadsync.demo=true}). */
final class DemoMode {

    static final String PROPERTY = "adsync.demo";

    private DemoMode() {
    }

    static boolean isOn() {
        return Boolean.getBoolean(PROPERTY);
    }
}
