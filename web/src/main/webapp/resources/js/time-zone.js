// Tells the server the browser's time zone, so that the console shows dates in the user's time (ConsoleTime).
document.cookie = "adsync-tz=" + encodeURIComponent(Intl.DateTimeFormat().resolvedOptions().timeZone)
    + "; path=/; SameSite=Lax";
