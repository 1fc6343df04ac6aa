package org.adsync.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV as spreadsheets read and write it (RFC 4180). Written values come from customers' directories, so a cell that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) is written as text. Read
 * text may end its lines with CRLF or LF, quote cells with embedded commas, quotes and line breaks, start with a
 * byte order mark (as Excel saves "CSV UTF-8"), and use a semicolon instead of the comma (as Excel does where the
 * comma is the decimal separator), which its first line tells.
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

    /** The rows of a CSV text, each a list of its cells; blank lines are rows of one empty cell. */
    public static List<List<String>> rows(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separatorOf(csv);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(cell.toString());
                rows.add(row);
                row = new ArrayList<>();
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.isEmpty() || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** A semicolon when the first line has one outside quotes and no comma there; else the comma. */
    private static char separatorOf(String csv) {
        boolean quoted = false;
        boolean semicolon = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                return ',';
            } else if (!quoted && c == ';') {
                semicolon = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            }
        }
        return semicolon ? ';' : ',';
    }
}
