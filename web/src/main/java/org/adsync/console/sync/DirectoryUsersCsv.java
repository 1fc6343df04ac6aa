package org.adsync.console.sync;

import org.adsync.sync.DirectoryUserView;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The AD Users tab's CSV export. Directory values come from a customer's directory, so a cell that a spreadsheet
 * would run as a formula (starting with =, +, -, @, tab or carriage return) is written as text.
 */
final class DirectoryUsersCsv {

    static final List<String> HEADER = List.of("Name", "Email", "User principal name", "Status", "Reason",
            "Contact", "Last change (UTC)");

    private DirectoryUsersCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(line(HEADER.stream()));
    }

    static void write(Writer out, DirectoryUserView user) throws IOException {
        out.write(line(Stream.of(name(user), user.email(), user.userPrincipalName(), user.state().label(),
                user.stateReason(), user.contactName(), user.changedAt() == null ? null : user.changedAt().toString())));
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String line(Stream<String> cells) {
        return cells.map(DirectoryUsersCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String name(DirectoryUserView user) {
        if (user.displayName() != null) {
            return user.displayName();
        }
        return Stream.of(user.firstName(), user.lastName()).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
