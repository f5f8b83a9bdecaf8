package org.polycentric.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
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

/**
 * Reads strict JSON (no comments, no duplicate keys, nothing after the top-level value) into a
 * Jackson tree while recording, for every JSON path, the line where its value starts. The bytes are
 * decoded here ({@link SourceText}: UTF-8, with or without a byte order mark, or UTF-16 with one),
 * so that a file in another encoding is named as such; syntax errors become
 * {@link ScenarioException}s with the file, line and a plain-words detail ({@link SyntaxErrors}).
 */
final class JsonSourceReader {

    /** A parsed document, where each of its values starts, and the origin they all share. */
    record Parsed(JsonNode root, SourceMap sourceMap, SourceMap.Origin origin) {
        /** A copy that can be merged into another tree without changing this one. */
        Parsed copy() {
            return new Parsed(root.deepCopy(), sourceMap.copy(), origin);
        }
    }

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
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name, "", 0, "file not found", e);
        } catch (AccessDeniedException e) {
            throw new ScenarioException(name, "", 0, "cannot read file: permission denied", e);
        } catch (IOException e) {
            throw new ScenarioException(name, "", 0, "cannot read file: " + e.getMessage(), e);
        }
        return readObject(SourceText.decode(bytes, name), SourceMap.Origin.file(name));
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
        byte[] bytes;
        try (InputStream in = stream) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new ScenarioException(resource, "", 0, "cannot read resource: " + e.getMessage(), e);
        }
        return readObject(SourceText.decode(bytes, resource), SourceMap.Origin.builtIn(resource));
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
            JsonNode value = readValue(p, "", new SourceMap(), SourceMap.Origin.override(text, ""));
            return p.nextToken() == null ? value : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Parsed readObject(String text, SourceMap.Origin origin) throws ScenarioException {
        String name = origin.where();
        SourceMap map = new SourceMap();
        try (JsonParser p = factory.createParser(text)) {
            try {
                JsonToken first = p.nextToken();
                if (first == null) {
                    throw new ScenarioException(name, "", 1, "the file is empty; expected a JSON object { ... }");
                }
                if (first != JsonToken.START_OBJECT) {
                    throw new ScenarioException(name, "", line(p.currentTokenLocation()),
                            "expected a JSON object { ... } at the top level, found " + describe(first));
                }
                JsonNode root = readValue(p, "", map, origin);
                JsonToken extra = p.nextToken();
                if (extra != null) {
                    throw new ScenarioException(name, "", line(p.currentTokenLocation()),
                            "unexpected " + describe(extra) + " after the end of the top-level object;"
                                    + " a scenario file holds one object { ... }");
                }
                return new Parsed(root, map, origin);
            } catch (JsonProcessingException e) {
                throw new SyntaxErrors(text, name, map).translate(e, p.getParsingContext());
            }
        } catch (IOException e) {
            throw new ScenarioException(name, "", 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private JsonNode readValue(JsonParser p, String path, SourceMap map, SourceMap.Origin origin) throws IOException {
        JsonToken token = p.currentToken();
        map.put(path, new SourceMap.Location(origin, line(p.currentTokenLocation())));
        switch (token) {
            case START_OBJECT: {
                ObjectNode object = nodes.objectNode();
                JsonToken t;
                while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    object.set(key, readValue(p, SourceMap.key(path, key), map, origin));
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
                    array.add(readValue(p, SourceMap.index(path, i++), map, origin));
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

    static int line(JsonLocation location) {
        if (location == null) {
            return 0;
        }
        return Math.max(0, location.getLineNr());
    }

    static String describe(JsonToken token) {
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
