package org.adsync.console.sync;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The AD Users export opens right in Excel and says whose users it holds, and from when. */
class DirectoryUsersCsvTest {

    @Test
    void theFileStartsWithAByteOrderMarkSoExcelReadsUtf8() throws IOException {
        StringWriter out = new StringWriter();

        DirectoryUsersCsv.writeHeader(out);

        assertTrue(out.toString().startsWith("\uFEFF\"Name\",\"Email\""), out.toString());
    }

    @Test
    void theFileIsNamedAfterTheOrganizationAndTheDay() {
        assertEquals("Contoso Ltd - AD users - 2026-11-30.csv",
                DirectoryUsersCsv.fileName("Contoso Ltd", LocalDate.of(2026, 11, 30)));
        assertEquals("A_B_ C - AD users - 2026-11-30.csv",
                DirectoryUsersCsv.fileName("A/B: C", LocalDate.of(2026, 11, 30)), "no path or drive in the name");
    }
}
