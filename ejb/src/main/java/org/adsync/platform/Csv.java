package org.adsync.platform;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV as spreadsheets read it (RFC 4180, CRLF). Values come from customers' directories, so a cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is written as text.
 */
public final class Csv {

    private Csv() {
    }

    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    public static String line(Stream<String> cells) {
        return cells.map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }
}
