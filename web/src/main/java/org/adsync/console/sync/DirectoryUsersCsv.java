package org.adsync.console.sync;

import org.adsync.platform.Csv;
import org.adsync.sync.DirectoryUserView;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The AD Users tab's CSV export ({@link Csv} keeps directory values from running as formulas). */
final class DirectoryUsersCsv {

    static final List<String> HEADER = List.of("Name", "Email", "User principal name", "Status", "Reason",
            "Contact", "Last change (UTC)");

    private DirectoryUsersCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(Csv.line(HEADER.stream()));
    }

    static void write(Writer out, DirectoryUserView user) throws IOException {
        out.write(Csv.line(Stream.of(name(user), user.email(), user.userPrincipalName(), user.state().label(),
                user.stateReason(), user.contactName(),
                user.changedAt() == null ? null : user.changedAt().toString())));
    }

    private static String name(DirectoryUserView user) {
        if (user.displayName() != null) {
            return user.displayName();
        }
        return Stream.of(user.firstName(), user.lastName()).filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(" "));
    }
}
