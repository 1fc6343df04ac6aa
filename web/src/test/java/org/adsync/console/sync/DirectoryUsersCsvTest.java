package org.adsync.console.sync;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Directory values are a customer's data: the CSV keeps them as text, quotes and formulas included. */
class DirectoryUsersCsvTest {

    @Test
    void quotesEveryCellAndDoublesQuotesInside() {
        assertEquals("\"O\"\"Brien, Pat\"", DirectoryUsersCsv.cell("O\"Brien, Pat"));
        assertEquals("", DirectoryUsersCsv.cell(null));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", DirectoryUsersCsv.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("\"'+1 425 555 0100\"", DirectoryUsersCsv.cell("+1 425 555 0100"));
        assertEquals("\"'@SUM(A1)\"", DirectoryUsersCsv.cell("@SUM(A1)"));
        assertEquals("\"ada@example.test\"", DirectoryUsersCsv.cell("ada@example.test"));
    }
}
