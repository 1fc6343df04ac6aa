package org.adsync.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times in the user's time zone, which the browser tells in a cookie (resources/js/time-zone.js); UTC
 * until it has. Used in pages as {@code #{consoleTime.format(instant)}}.
 */
@Named
@RequestScoped
public class ConsoleTime {

    static final String COOKIE = "adsync-tz";
    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    @Inject
    ExternalContext externalContext;

    private ZoneId zone;

    public ZoneId getZone() {
        if (zone == null) {
            zone = zoneFrom((Cookie) externalContext.getRequestCookieMap().get(COOKIE));
        }
        return zone;
    }

    /** "2026-11-26 14:02 Europe/Berlin"; empty for no time. */
    public String format(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(getZone())) + " " + getZone().getId();
    }

    /** "2026-11-26 14:02", for table cells whose header names the zone. */
    public String formatShort(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(getZone()));
    }

    /** "14:02" for a time today (in the user's zone), otherwise as {@link #formatShort(Instant)}. */
    public String formatTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime time = instant.atZone(getZone());
        return time.toLocalDate().equals(LocalDate.now(getZone())) ? TIME.format(time) : DATE_TIME.format(time);
    }

    static ZoneId zoneFrom(Cookie cookie) {
        if (cookie == null || cookie.getValue() == null) {
            return UTC;
        }
        try {
            return ZoneId.of(URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
        } catch (DateTimeException | IllegalArgumentException unknownZone) {
            return UTC;
        }
    }
}
