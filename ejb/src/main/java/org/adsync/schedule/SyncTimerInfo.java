package org.adsync.schedule;

import java.io.Serializable;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timer's info: a plain string, so that an operator reading the timer in jboss-cli sees which organization it
 * syncs ("AD Sync of Contoso (configuration 12)"), and so that a redeployed application can still read it. The
 * configuration id at its end is what counts; the name is as it was when the timer was created.
 */
final class SyncTimerInfo {

    private static final Pattern CONFIGURATION = Pattern.compile("\\(configuration (\\d+)\\)$");

    private SyncTimerInfo() {
    }

    static String of(long configurationId, String organizationName) {
        return "AD Sync of " + organizationName + " (configuration " + configurationId + ")";
    }

    static OptionalLong configurationId(Serializable info) {
        if (!(info instanceof String text)) {
            return OptionalLong.empty();
        }
        Matcher matcher = CONFIGURATION.matcher(text);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
