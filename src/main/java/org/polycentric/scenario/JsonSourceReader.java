package org.polycentric.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strict JSON (no comments, no duplicate keys, nothing after the top-level value) into a
 * Jackson tree while recording, for every JSON path, the line where its value starts. Syntax errors
 * become {@link ScenarioException}s with the file, the line Jackson reports and a plain-words detail.
 */
final class JsonSourceReader {

    /** A parsed document and where each of its values starts. */
    record Parsed(JsonNode root, SourceMap sourceMap) {
    }

    private static final Pattern START_MARKER = Pattern.compile(
            "\\(start marker at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]\\)");
    private static final Pattern STARTING_AT = Pattern.compile(
            "\\(for (Array|Object) starting at \\[Source: [^\\]]*?; line: (\\d+), column: \\d+\\]\\)");
    private static final Pattern CHAR_CODE = Pattern.compile("\\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern ANY_SOURCE = Pattern.compile(" ?\\[Source: [^\\]]*\\]");

    private final JsonFactory factory = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
            .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private final JsonNodeFactory nodes = JsonNodeFactory.instance;

    /** Reads a scenario file, which must hold one JSON object. {@code name} is used in messages. */
    Parsed readFile(Path file, String name) throws ScenarioException {
        if (Files.isDirectory(file)) {
            throw new ScenarioException(name, "", 0, "is a directory, not a scenario file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return readObject(in, name);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", 0, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, "", 0, "cannot read file: permission denied", e);
        } catch (IOException e) {
            throw new ScenarioException(name, "", 0, "cannot read file: " + e.getMessage(), e);
        }
    }

    /** Reads a classpath resource holding one JSON object. */
    Parsed readResource(String resource) throws ScenarioException {
        String absolute = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = JsonSourceReader.class.getClassLoader();
        InputStream stream = loader == null ? null : loader.getResourceAsStream(absolute);
        if (stream == null) {
            ClassLoader context = Thread.currentThread().getContextClassLoader();
            stream = context == null ? null : context.getResourceAsStream(absolute);
        }
        if (stream == null) {
            throw new ScenarioException(resource, "", 0, "defaults resource not found on the classpath");
        }
        try (InputStream in = stream) {
            return readObject(in, resource);
        } catch (IOException e) {
            throw new ScenarioException(resource, "", 0, "cannot read resource: " + e.getMessage(), e);
        }
    }

    /**
     * Parses {@code text} as one complete JSON value (scalar, list or object); returns null when it
     * is not exactly one JSON value.
     */
    JsonNode parseValueOrNull(String text) {
        if (text.isBlank()) {
            return null;
        }
        try (JsonParser p = factory.createParser(text)) {
            if (p.nextToken() == null) {
                return null;
            }
            JsonNode value = readValue(p, "", new SourceMap(), "--set");
            return p.nextToken() == null ? value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Parsed readObject(InputStream in, String name) throws IOException, ScenarioException {
        try (JsonParser p = factory.createParser(in)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new ScenarioException(name, "", 1, "the file is empty; expected a JSON object");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw new ScenarioException(name, "", line(p.currentTokenLocation()),
                            "expected a JSON object { ... } at the top level, found " + describe(first));
                }
                SourceMap map = new SourceMap();
                JsonNode root = readValue(p, "", map, name);
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    throw new ScenarioException(name, "", line(p.currentTokenLocation()),
                            "unexpected content after the end of the top-level object");
                }
                return new Parsed(root, map);
            } catch (JsonProcessingException e) {
                throw syntaxError(e, p, name);
            }
        }
    }

    private JsonNode readValue(JsonParser p, String path, SourceMap map, String file) throws IOException {
        JsonToken token = p.currentToken();
        map.put(path, new SourceMap.Location(file, line(p.currentTokenLocation()), null));
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    object.set(key, readValue(p, SourceMap.key(path, key), map, file));
                }
                if (t != JsonToken.END_OBJECT) {
                    throw new IOException("unexpected end of input inside an object");
                }
                return object;
            }
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                int i = 0;
                JsonToken t;
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new IOException("unexpected end of input inside a list");
                    }
                    array.add(readValue(p, SourceMap.index(path, i++), map, file));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(p.getText());
            case VALUE_NUMBER_INT:
                switch (p.getNumberType()) {
                    case INT:
                        return nodes.numberNode(p.getIntValue());
                    case LONG:
                        return nodes.numberNode(p.getLongValue());
                    default:
                        return nodes.numberNode(p.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(p.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                throw new IOException("unexpected " + describe(token));
        }
    }

    private static ScenarioException syntaxError(JsonProcessingException e, JsonParser p, String name) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        JsonLocation location = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        int line = line(location);
        JsonStreamContext context = p.getParsingContext();
        if (original.startsWith("Duplicate ")) {
            String key = context.getCurrentName();
            return new ScenarioException(name, contextPath(context, true), line,
                    "duplicate key" + (key == null ? "" : " '" + key + "'"), e);
        }
        return new ScenarioException(name, contextPath(context, false), line, readable(original), e);
    }

    /** Path of the container being parsed; with {@code withCurrentKey}, plus its current key. */
    private static String contextPath(JsonStreamContext context, boolean withCurrentKey) {
        Deque<Object> segments = new ArrayDeque<>();
        boolean first = true;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            boolean include = !first || withCurrentKey;
            if (include) {
                if (c.inObject() && c.getCurrentName() != null) {
                    segments.addFirst(c.getCurrentName());
                } else if (c.inArray()) {
                    segments.addFirst(Math.max(0, c.getCurrentIndex()));
                }
            }
            first = false;
        }
        return SourceMap.render(new java.util.ArrayList<>(segments));
    }

    /** Turns a Jackson parser message into plain words, without Java or Jackson names. */
    static String readable(String message) {
        if (message == null || message.isBlank()) {
            return "invalid JSON";
        }
        String m = message;
        if (m.contains("ALLOW_COMMENTS") || m.contains("comment")) {
            return "comments are not allowed in JSON";
        }
        if (m.contains("CTRL-CHAR, code 10") || m.contains("CTRL-CHAR, code 13")) {
            return "line break inside text in quotes; write it as \\n";
        }
        if (m.contains("ALLOW_SINGLE_QUOTES") || m.contains("(''' (code 39))")) {
            return "text must be in double quotes (\"...\"), not single quotes";
        }
        if (m.contains("ALLOW_TRAILING_COMMA")) {
            return "trailing comma";
        }
        Matcher sm = START_MARKER.matcher(m);
        m = sm.replaceAll("(opened on line $1)");
        Matcher sa = STARTING_AT.matcher(m);
        StringBuilder sb = new StringBuilder();
        while (sa.find()) {
            String kind = sa.group(1).equals("Array") ? "list" : "object";
            sa.appendReplacement(sb, Matcher.quoteReplacement("(for the " + kind + " opened on line " + sa.group(2) + ")"));
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
        m = m.replace("`", "");
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    private static int line(JsonLocation location) {
        if (location == null) {
            return 0;
        }
        return Math.max(0, location.getLineNr());
    }

    private static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        switch (token) {
            case START_ARRAY:
                return "a list";
            case VALUE_STRING:
                return "text";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "true/false";
            case VALUE_NULL:
                return "null";
            default:
                return "'" + token.asString() + "'";
        }
    }
}
