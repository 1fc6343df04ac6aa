package org.adsync.console.sync;

import org.adsync.platform.Csv;
import org.adsync.sync.DirectoryUserView;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The AD Users tab's CSV export ({@link Csv} keeps directory values from running as formulas). */
final class DirectoryUsersCsv {

    static final List<String> HEADER = List.of("Name", "Email", "User principal name", "Status", "Reason",
            "Contact", "Last change (UTC)");

    private DirectoryUsersCsv() {
    }

    /**
     * The header, after a UTF-8 byte order mark: without it Excel reads the file in the machine's legacy code page
     * and shows "RenÃ©e" for "Renée".
     */
    static void writeHeader(Writer out) throws IOException {
        out.write('\uFEFF');
        out.write(Csv.line(HEADER.stream()));
    }

    /** "Contoso Ltd - AD users - 2026-11-30.csv": whose users, and when; nothing a file system would refuse. */
    static String fileName(String organizationName, LocalDate day) {
        String safe = organizationName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return (safe.isEmpty() ? "AD users" : safe + " - AD users") + " - " + day + ".csv";
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
