package org.adsync.sync.admin;

import org.adsync.platform.Csv;
import org.adsync.sync.ContactChangeKind;
import org.adsync.sync.ContactChangeView;
import org.adsync.sync.FieldChange;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** An attempt's changes to contacts as CSV, one line per contact, the fields as "Field: before → after". */
public final class ContactChangesCsv {

    static final List<String> HEADER = List.of("Change", "Contact", "Contact ID", "Directory user", "Fields", "Note",
            "At (UTC)");

    private ContactChangesCsv() {
    }

    /** Every change of that kind (null: all), page by page, so that 400,000 changes never sit in the heap at once. */
    public static void write(Writer out, AttemptChanges changes, long configurationId, long attemptId,
                             ContactChangeKind kind) throws IOException {
        out.write(Csv.line(HEADER.stream()));
        int first = 0;
        List<ContactChangeView> page;
        do {
            page = changes.page(configurationId, attemptId, kind, first, AttemptChanges.MAX_PAGE).changes();
            for (ContactChangeView change : page) {
                out.write(line(change));
            }
            first += page.size();
        } while (page.size() == AttemptChanges.MAX_PAGE);
    }

    static String line(ContactChangeView change) {
        return Csv.line(Stream.of(change.kind().label(), change.contactName(),
                change.contactId() == null ? "(new)" : change.contactId().toString(), change.directoryUser(),
                change.fields().stream().map(FieldChange::toString).collect(Collectors.joining("; ")),
                change.note(), change.changedAt().toString()));
    }
}
