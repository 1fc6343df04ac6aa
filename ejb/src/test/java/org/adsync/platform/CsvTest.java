package org.adsync.platform;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Directory values are a customer's data: the CSV keeps them as text, quotes and formulas included. */
class CsvTest {

    @Test
    void quotesEveryCellAndDoublesQuotesInside() {
        assertEquals("\"O\"\"Brien, Pat\"", Csv.cell("O\"Brien, Pat"));
        assertEquals("", Csv.cell(null));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\")\"", Csv.cell("=HYPERLINK(\"http://evil\")"));
        assertEquals("\"'+1 425 555 0100\"", Csv.cell("+1 425 555 0100"));
        assertEquals("\"'@SUM(A1)\"", Csv.cell("@SUM(A1)"));
        assertEquals("\"ada@example.test\"", Csv.cell("ada@example.test"));
    }

    @Test
    void readsWhatItWritesQuotedCommasQuotesAndLineBreaksIncluded() {
        String written = Csv.line(Stream.of("O\"Brien, Pat", "line one\nline two", "plain"));

        assertEquals(List.of(List.of("O\"Brien, Pat", "line one\nline two", "plain")), Csv.rows(written));
    }

    @Test
    void readsExcelsCsvUtf8WithItsByteOrderMarkAndSemicolonsAndLfLines() {
        assertEquals(List.of(List.of("name", "id"), List.of("Contoso; Ltd", "7"), List.of("Fabrikam", "")),
                Csv.rows("\uFEFFname;id\n\"Contoso; Ltd\";7\nFabrikam;\n"));
        assertEquals(List.of(List.of("a;b", "c")), Csv.rows("a;b,c"), "a comma on the first line decides");
    }
}
