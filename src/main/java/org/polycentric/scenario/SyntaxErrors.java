package org.polycentric.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a JSON syntax error into a {@link ScenarioException} that points at the fix: the line of
 * the mistake (for a missing or trailing comma, the line of the value before it, not of the next
 * token), the JSON path where it is known, and what to write instead. It reads the text around the
 * position Jackson reports, so that a typographic quote, a decimal comma, {@code True} or an
 * unquoted word is named as such.
 */
final class SyntaxErrors {
    private static final Pattern START_MARKER = Pattern.compile(
            "\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]\\)");
    private static final Pattern STARTING_AT = Pattern.compile(
            "\\(for (Array|Object) starting at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]\\)");
    private static final Pattern OPENED_ON = Pattern.compile("line: (\\d+), column: \\d+\\]");
    private static final Pattern CHAR_CODE = Pattern.compile("\\('(.)' \\(code \\d+[^)]*\\)\\)");
    private static final Pattern ANY_SOURCE = Pattern.compile(" ?\\[Source: [^\\]]*\\]");
    private static final Pattern TOKEN = Pattern.compile("^(?:Unrecognized|Non-standard) token '([^']*)'");
    private static final Pattern CONTROL_CODE = Pattern.compile("CTRL-CHAR, code (\\d+)");
    private static final Pattern ESCAPE = Pattern.compile("^Unrecognized character escape '(.)'");
    private static final Pattern CLOSE = Pattern.compile("^Unexpected close marker '(.)'");
    private static final Pattern DUPLICATE = Pattern.compile("^Duplicate (?:field|Object property) '([^']*)'");

    private final String text;
    private final String name;
    private final SourceMap readSoFar;

    /**
     * @param text      the whole text being parsed
     * @param name      the file as messages name it
     * @param readSoFar lines of the values read before the error (for a duplicate key's first line)
     */
    SyntaxErrors(String text, String name, SourceMap readSoFar) {
        this.text = text;
        this.name = name;
        this.readSoFar = readSoFar;
    }

    ScenarioException translate(JsonProcessingException e, JsonStreamContext context) {
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int offset = offset(e.getLocation());
        boolean eof = offset >= text.length();
        char c = eof ? 0 : text.charAt(offset);
        int line = SourceText.lineAt(text, offset);
        int column = SourceText.columnAt(text, offset);
        String container = path(context, false);
        String entry = path(context, true);

        // Characters pasted from a word processor or web page.
        if (!eof && SourceText.isTypographicQuote(c)) {
            return at(line, "", SourceText.typographicQuote(c, column), e);
        }
        Integer control = controlCode(m);
        boolean textEnds = m.contains("was expecting closing quote")
                || (control != null && (control == 10 || control == 13));
        if (textEnds) {
            SourceText.StringScan scan = SourceText.StringScan.at(text, offset);
            int opened = scan.inString() ? scan.stringStart() : -1;
            for (int i = opened + 1; opened >= 0 && i < offset; i++) {
                if (SourceText.isTypographicDoubleQuote(text.charAt(i))) {
                    return at(SourceText.lineAt(text, i), "",
                            SourceText.typographicQuote(text.charAt(i), SourceText.columnAt(text, i)), e);
                }
            }
            if (eof) {
                return at(opened >= 0 ? SourceText.lineAt(text, opened) : line, entry,
                        "the file ends inside text in quotes; close the text with \"", e);
            }
            return at(line, entry, "line break inside text in quotes; close the text with \" on the same line"
                    + " (a line break inside a text is written \\n)", e);
        }
        if (!eof && c > 127 && m.startsWith("Unexpected character")) {
            return at(line, "", unusualCharacter(c, column), e);
        }
        if (control != null) {
            if (control == 9) {
                return at(line, entry, "tab inside text in quotes; write it as \\t or use spaces", e);
            }
            return at(line, "", "control character (code " + control + ") at column " + column + "; delete it", e);
        }
        if (m.contains("comment")) {
            return at(line, container, "comments are not allowed in JSON; delete the comment"
                    + " (the description can say what the scenario is for)", e);
        }

        int before = previousNonBlank(offset);
        char prev = before < 0 ? 0 : text.charAt(before);
        int prevLine = before < 0 ? line : SourceText.lineAt(text, before);

        Matcher duplicate = DUPLICATE.matcher(m);
        if (duplicate.find()) {
            SourceMap.Location first = readSoFar.get(entry);
            String where = first == null || first.line() <= 0 ? "" : ": it is already given on line " + first.line()
                    + "; keep one";
            return at(line, entry, "duplicate key '" + duplicate.group(1) + "'" + where, e);
        }
        if (m.contains("was expecting double-quote to start field name")) {
            if (c == '}' && prev == ',') {
                return at(prevLine, entry, "a ',' after the last entry of an object is not allowed in JSON;"
                        + " remove it", e);
            }
            if (c == ',' && prev == ',') {
                return at(line, entry, "two commas in a row; remove one", e);
            }
            if (Character.isDigit(c) && prev == ',' && before == offset - 1 && before > 0
                    && Character.isDigit(text.charAt(before - 1))) {
                String whole = numberAround(before - 1);
                String fraction = numberAround(offset);
                return at(line, entry, "'" + whole + "," + fraction + "' is not a JSON number: write " + whole + "."
                        + fraction + " (with a decimal point)", e);
            }
            if (Character.isLetter(c) || c == '_') {
                return at(line, container, "keys must be in double quotes: write \"" + word(offset) + "\"", e);
            }
            if (c == '\'') {
                return at(line, container, "keys must be in double quotes (\"...\"), not single quotes", e);
            }
            return at(line, container, "expected a key in double quotes, found " + found(offset), e);
        }
        if (m.contains("was expecting comma to separate")) {
            boolean list = m.contains("Array");
            if (list && c == ':') {
                return at(line, container, "':' inside a list; \"key\": value pairs belong in an object { ... }", e);
            }
            String next = found(offset) + (line == prevLine ? "" : " on line " + line);
            return at(prevLine, list ? previousItem(context) : entry,
                    "missing ',' after this value, before " + next, e);
        }
        if (m.contains("was expecting a colon")) {
            return at(line, entry, "missing ':' after the key \"" + lastSegmentName(context) + "\"", e);
        }
        if (m.contains("expected a valid value") || m.contains("expected a value")
                || m.contains("was expecting (JSON String")) {
            if (c == ']' && prev == ',') {
                return at(prevLine, container,
                        "a ',' after the last item of a list is not allowed in JSON; remove it", e);
            }
            if (prev == ':' && (c == '}' || c == ',' || c == ']')) {
                return at(prevLine, entry, "the value is missing after ':'", e);
            }
            if (c == ',' && (prev == ',' || prev == '[')) {
                return at(line, container, "an item is missing before this ','; remove the ','", e);
            }
            if (c == '.') {
                return at(line, entry, "a JSON number needs a digit before the decimal point: write 0"
                        + numberAround(offset), e);
            }
            if (c == '\'') {
                return at(line, entry, "text must be in double quotes (\"...\"), not single quotes", e);
            }
        }
        Matcher token = TOKEN.matcher(m);
        if (token.find()) {
            return at(line, entry, unquoted(token.group(1), offset), e);
        }
        if (m.contains("plus sign")) {
            String number = numberAround(offset);
            return at(line, entry, "a JSON number has no '+' sign: write " + (number.startsWith("+")
                    ? number.substring(1) : number), e);
        }
        if (m.contains("Leading zeroes not allowed")) {
            String number = numberAround(offset - 1);
            return at(line, entry, "a JSON number does not start with 0 (except 0 and 0.x): write "
                    + withoutLeadingZeros(number) + ", not " + number, e);
        }
        if (m.contains("Decimal point not followed by a digit")) {
            String number = numberAround(offset - 1);
            String whole = number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
            return at(line, entry, "a decimal point needs a digit after it: write " + whole + ".0 or " + whole, e);
        }
        if (m.contains("Exponent indicator not followed by a digit")) {
            return at(line, entry, "an exponent needs digits after the 'e', e.g. 1e6", e);
        }
        if (m.contains("to follow minus sign")) {
            return at(line, entry, "'-' must be followed by a number, e.g. -0.5", e);
        }
        Matcher escape = ESCAPE.matcher(m);
        if (escape.find()) {
            return at(line, entry, "\\" + escape.group(1) + " is not allowed in text in quotes: write \\\\ for a"
                    + " backslash (and / between folders in a file name)", e);
        }
        if (m.contains("end-of-input")) {
            Matcher opened = OPENED_ON.matcher(m);
            String at = opened.find() ? opened.group(1) : null;
            int openLine = at == null ? line : Integer.parseInt(at);
            if (m.contains("close marker for Object")) {
                return at(openLine, container, "the file ends before the object opened here is closed: a '}' is missing"
                        + " (every { needs its })", e);
            }
            if (m.contains("close marker for Array")) {
                return at(openLine, container, "the file ends before the list opened here is closed: a ']' is missing"
                        + " (every [ needs its ])", e);
            }
            return at(line, container, "the file ends too early: " + readable(m), e);
        }
        Matcher closeMarker = CLOSE.matcher(m);
        if (closeMarker.find()) {
            char close = closeMarker.group(1).charAt(0);
            Matcher opened = STARTING_AT.matcher(m);
            if (opened.find()) {
                boolean list = opened.group(1).equals("Array");
                return at(line, container, "found '" + close + "' but the " + (list ? "list" : "object")
                        + " opened on line " + opened.group(2) + " is still open; close it with '"
                        + (list ? ']' : '}') + "' first", e);
            }
            return at(line, "", "'" + close + "' after the end of the top-level object; remove it (or add the"
                    + " '" + (close == ']' ? '[' : '{') + "' it should close)", e);
        }
        return at(line, container, readable(m), e);
    }

    private ScenarioException at(int line, String path, String detail, Throwable cause) {
        return new ScenarioException(name, path, line, detail, cause);
    }

    // ---- reading around the error ---------------------------------------------------------

    private int offset(JsonLocation location) {
        if (location == null) {
            return text.length();
        }
        long offset = location.getCharOffset();
        if (offset < 0) {
            return text.length();
        }
        return (int) Math.min(offset, text.length());
    }

    private int previousNonBlank(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            if (!isBlank(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    /** The number (digits, sign, point, exponent) that contains {@code offset}. */
    private String numberAround(int offset) {
        int start = Math.max(0, Math.min(offset, text.length()));
        while (start > 0 && isNumberChar(text.charAt(start - 1))) {
            start--;
        }
        int end = start;
        while (end < text.length() && isNumberChar(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E';
    }

    private static String withoutLeadingZeros(String number) {
        String sign = number.startsWith("-") ? "-" : "";
        String digits = number.substring(sign.length());
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0' && Character.isDigit(digits.charAt(i + 1))) {
            i++;
        }
        return sign + digits.substring(i);
    }

    /** A word starting at {@code offset}: letters, digits, {@code _ - .}. */
    private String word(int offset) {
        int end = offset;
        while (end < text.length() && end - offset < 40) {
            char c = text.charAt(end);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                break;
            }
            end++;
        }
        return text.substring(offset, Math.max(end, Math.min(offset + 1, text.length())));
    }

    /** What stands at {@code offset}, for "before ..." and "found ...": a text in quotes, a word or a character. */
    private String found(int offset) {
        if (offset >= text.length()) {
            return "the end of the file";
        }
        char c = text.charAt(offset);
        if (c == '"') {
            int end = offset + 1;
            while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n' && end - offset < 40) {
                end++;
            }
            return end < text.length() && text.charAt(end) == '"' ? text.substring(offset, end + 1)
                    : text.substring(offset, end) + "...";
        }
        if (Character.isLetterOrDigit(c) || c == '-') {
            return "'" + word(offset) + "'";
        }
        return "'" + c + "'";
    }

    private String unquoted(String token, int offset) {
        String word = token.isEmpty() ? word(offset) : token;
        String lower = word.toLowerCase(Locale.ROOT);
        switch (lower) {
            case "true", "false", "null":
                return "write " + lower + " in lower case";
            case "yes", "no", "on", "off":
                return "'" + word + "' is not a JSON value: write true or false";
            case "none", "nil", "undefined":
                return "'" + word + "' is not a JSON value: write null";
            case "nan", "infinity", "-infinity", "+infinity", "inf":
                return "JSON has no NaN or Infinity: give a number";
            default:
                return "text must be in double quotes: write \"" + word + "\"";
        }
    }

    private static String unusualCharacter(char c, int column) {
        return switch (c) {
            case '\u00A0', '\u2007', '\u202F' -> "non-breaking space (U+" + SourceText.hex(c) + ") at column " + column
                    + "; replace it with an ordinary space";
            case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> "invisible character (U+" + SourceText.hex(c)
                    + ") at column " + column + "; delete it";
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212' -> "dash " + c + " (U+" + SourceText.hex(c)
                    + ") at column " + column + "; a negative number needs the plain minus sign -";
            default -> "character " + c + " (U+" + SourceText.hex(c) + ") at column " + column
                    + " is not allowed here";
        };
    }

    private static Integer controlCode(String message) {
        Matcher m = CONTROL_CODE.matcher(message);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    // ---- paths ----------------------------------------------------------------------------

    /** Path of the container being parsed; with {@code withCurrentEntry}, plus its current key or index. */
    static String path(JsonStreamContext context, boolean withCurrentEntry) {
        Deque<Object> segments = new ArrayDeque<>();
        boolean first = true;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            boolean include = !first || withCurrentEntry;
            if (include) {
                if (c.inObject() && c.getCurrentName() != null) {
                    segments.addFirst(c.getCurrentName());
                } else if (c.inArray()) {
                    segments.addFirst(Math.max(0, c.getCurrentIndex()));
                }
            }
            first = false;
        }
        return SourceMap.render(new ArrayList<>(segments));
    }

    /** In a list, the item before the one being read (Jackson has already counted the next one). */
    private static String previousItem(JsonStreamContext context) {
        String list = path(context, false);
        int index = context == null ? 0 : Math.max(0, context.getCurrentIndex() - 1);
        return SourceMap.index(list, index);
    }

    private static String lastSegmentName(JsonStreamContext context) {
        return context != null && context.getCurrentName() != null ? context.getCurrentName() : "";
    }

    /** Turns a Jackson parser message into plain words, without Java or Jackson names. */
    static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "invalid JSON";
        }
        String m = message;
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.contains("(''' (code 39))")) {
            return "text must be in double quotes (\"...\"), not single quotes";
        }
        if (m.contains("ALLOW_TRAILING_COMMA")) {
            return "a ',' after the last entry is not allowed in JSON; remove it";
        }
        m = START_MARKER.matcher(m).replaceAll("(opened on line $1)");
        Matcher sa = STARTING_AT.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (sa.find()) {
            String kind = sa.group(1).equals("Array") ? "list" : "object";
            sa.appendReplacement(sb,
                    Matcher.quoteReplacement("(for the " + kind + " opened on line " + sa.group(2) + ")"));
        }
        sa.appendTail(sb);
        m = sb.toString();
        m = ANY_SOURCE.matcher(m).replaceAll("");
        m = CHAR_CODE.matcher(m).replaceAll("'$1'");
        m = m.replace("(CTRL-CHAR, code ", "(control character, code ");
        m = m.replace("(JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
                "(text in double quotes, a number, a list, an object, true, false or null)");
        m = m.replace("was expecting double-quote to start field name", "expected a key in double quotes");
        m = m.replace("was expecting comma to separate Object entries", "expected ',' between keys of an object");
        m = m.replace("was expecting comma to separate Array entries", "expected ',' between items of a list");
        m = m.replace("was expecting a colon to separate field name and value", "expected ':' after the key");
        m = m.replace("expected close marker for Object", "missing '}'");
        m = m.replace("expected close marker for Array", "missing ']'");
        m = m.replace("Unexpected end-of-input", "unexpected end of file");
        m = m.replace("end-of-input", "end of file");
        m = m.replaceAll(": enable [^)]*? to allow", "");
        m = m.replace("`", "");
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }
}
