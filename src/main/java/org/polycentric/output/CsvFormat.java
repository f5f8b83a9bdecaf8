package org.polycentric.output;

/**
 * How values are spelled in every CSV file: independent of the locale and of the machine, so the
 * same run gives byte-identical files. Whole numbers have no ".0", other numbers use
 * {@link Double#toString} (exact round trip), missing values are {@code NA} (read as missing by R
 * and pandas), and text is quoted only when it has to be (RFC 4180).
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
