package org.adsync.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Content-Disposition of a download (RFC 6266): the name as it is for browsers (UTF-8, RFC 8187) and an ASCII
 * stand-in for the few clients that read only {@code filename}.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
