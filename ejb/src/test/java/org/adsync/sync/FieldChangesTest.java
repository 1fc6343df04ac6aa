package org.adsync.sync;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A change's fields survive the column they are stored in, whatever the values hold. */
class FieldChangesTest {

    @Test
    void valuesEmptyValuesAndSeparatorsInAPsaValueComeBackAsTheyWere() {
        List<FieldChange> changes = List.of(new FieldChange(ContactField.PHONE, null, "+1 425 555 0100"),
                new FieldChange(ContactField.TITLE, "Head of \"Sales\", EMEA", null),
                new FieldChange(ContactField.LAST_NAME, "", "King"));

        assertEquals(changes, FieldChanges.decode(FieldChanges.encode(changes)));
        assertEquals(List.of(new FieldChange(ContactField.TITLE, "a\ufffdb", "c")),
                FieldChanges.decode(FieldChanges.encode(List.of(new FieldChange(ContactField.TITLE, "a\u001eb", "c")))),
                "a separator typed into the PSA cannot split the record");
        assertEquals(List.of(), FieldChanges.decode(null));
    }

    @Test
    void aChangeReadsAsFieldFromWhatToWhat() {
        assertEquals("Phone: (empty) \u2192 \"+1 425\"",
                new FieldChange(ContactField.PHONE, null, "+1 425").toString());
    }
}
