package org.polycentric.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvFormatTest {

    @Test
    void wholeNumbersHaveNoDecimalPoint() {
        assertEquals("0", CsvFormat.number(0.0));
        assertEquals("0", CsvFormat.number(-0.0));
        assertEquals("2050", CsvFormat.number(2050.0));
        assertEquals("-3", CsvFormat.number(-3.0));
        assertEquals("38000000", CsvFormat.number(3.8e7));
        assertEquals("9007199254740992", CsvFormat.number(Math.pow(2, 53)));
    }

    @Test
    void otherNumbersRoundTripExactly() {
        assertEquals("0.1", CsvFormat.number(0.1));
        assertEquals("2031.25", CsvFormat.number(2031.25));
        assertEquals("0.30000000000000004", CsvFormat.number(0.1 + 0.2));
        assertEquals("1.0E-5", CsvFormat.number(1e-5));
        assertEquals("1.0E20", CsvFormat.number(1e20));
        for (double v : new double[] {Math.PI, 1.0 / 3, 123456.789e-10, -2.5e300}) {
            assertEquals(v, Double.parseDouble(CsvFormat.number(v)));
        }
    }

    @Test
    void missingAndInfiniteValuesUseRSpelling() {
        assertEquals("NA", CsvFormat.number(Double.NaN));
        assertEquals("Inf", CsvFormat.number(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", CsvFormat.number(Double.NEGATIVE_INFINITY));
    }

    @Test
    void theLocaleDoesNotChangeAnything() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.5", CsvFormat.number(0.5));
            assertEquals("1234567.5", CsvFormat.number(1234567.5));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void textIsQuotedOnlyWhenItMustBe() {
        assertEquals("Rio de Janeiro", CsvFormat.text("Rio de Janeiro"));
        assertEquals("C40;ICLEI", CsvFormat.text("C40;ICLEI"));
        assertEquals("\"Washington, D.C.\"", CsvFormat.text("Washington, D.C."));
        assertEquals("\"the \"\"Big\"\" Apple\"", CsvFormat.text("the \"Big\" Apple"));
        assertEquals("\"two\nlines\"", CsvFormat.text("two\nlines"));
        assertEquals("\" padded\"", CsvFormat.text(" padded"));
        assertEquals("", CsvFormat.text(""));
        assertEquals("NA", CsvFormat.text(null));
    }

    @Test
    void writerSeparatesFieldsAndEndsRowsWithNewline() throws IOException {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = new CsvWriter(text, List.of("a", "b c", "d,e"))) {
            csv.integer(3).number(0.25).text("x,y");
            csv.endRow();
            csv.number(Double.NaN).formatted("pre").text("");
            csv.endRow();
        }
        assertEquals("a,b c,\"d,e\"\n3,0.25,\"x,y\"\nNA,pre,\n", text.toString());
    }
}
