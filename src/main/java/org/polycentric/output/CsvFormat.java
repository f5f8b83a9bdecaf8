package org.polycentric.output;


/**
 * How values are spelled in every CSV file: independent of the locale and of the machine, so the
 * same run gives byte-identical files. Whole numbers have no ".0", other numbers use
 * {@link Double#toString} (exact round trip), missing values are {@code NA} (read as missing by R
 * and pandas), 64-bit seeds are text ({@link #seed}), and text is quoted only when it has to be
 * (RFC 4180).
 */
public final class CsvFormat {
    /** The spelling of a missing value. */
    public static final String NA = "NA";

    /** Beyond 2^53 not every whole number is a double, so larger ones keep the double notation. */
    private static final double LARGEST_EXACT_INTEGER = 9_007_199_254_740_992d;

    private CsvFormat() {
    }

    /** A number as written to CSV: {@code 3}, {@code 0.25}, {@code 1.0E-5}, {@code NA}, {@code Inf}. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return NA;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) <= LARGEST_EXACT_INTEGER) {
            // Also turns -0.0 into 0, so a sign that carries no information cannot differ between runs.
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    /**
     * A 64-bit seed as text that R, pandas and spreadsheets all keep exact: its 64 bits (two's
     * complement) as 16 hex digits in groups of four, {@code 0x9e37_79b9_7f4a_7c15} for the signed
     * number -7046029254386353131. A plain number would not survive: R's {@code read.csv} and
     * spreadsheets hold numbers as doubles (53 bits), and R reads a bare {@code 0x9e3779b97f4a7c15}
     * as a double too; the underscores make it text for all of them, as they are in Java and Python
     * literals ({@code int(s, 0)} reads it back). Also the spelling of {@code seedHex} in the manifest.
     */
    public static String seed(long seed) {
        String bits = Long.toHexString(seed);
        String hex = "0".repeat(16 - bits.length()) + bits;
        return "0x" + hex.substring(0, 4) + '_' + hex.substring(4, 8) + '_' + hex.substring(8, 12) + '_'
                + hex.substring(12);
    }

    /** A text field, quoted when it holds a comma, a quote, a line break or edge spaces. */
    public static String text(String value) {
        if (value == null) {
            return NA;
        }
        boolean quote = !value.isEmpty()
                && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ');
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
