package org.polycentric.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies command-line overrides ({@code path=value}) to a resolved scenario tree. The path must
 * already exist, except that the last key may be new when its parent is an object directly inside
 * a list (optional fields of list items). Each override is the {@link SourceMap.Origin} of the values
 * it sets, so a problem with one of them names the override ({@code --set path=value}).
 */
final class Overrides {
    /** The option; a message about an override names it as {@code --set path=value}. */
    static final String FILE = "--set";

    private final JsonSourceReader reader;

    Overrides(JsonSourceReader reader) {
        this.reader = reader;
    }

    void apply(ObjectNode root, SourceMap sourceMap, List<String> overrides) throws ScenarioException {
        if (overrides == null) {
            return;
        }
        for (String override : overrides) {
            apply(root, sourceMap, override);
        }
    }

    /** Applies one override; returns the origin of the values it set. */
    SourceMap.Origin apply(ObjectNode root, SourceMap sourceMap, String override) throws ScenarioException {
        if (override == null) {
            throw new ScenarioException(FILE, "", 0, "empty override; expected PATH=VALUE");
        }
        String where = FILE + " " + override;
        int eq = override.indexOf('=');
        if (eq < 0) {
            throw new ScenarioException(where, "", 0,
                    "expected PATH=VALUE, e.g. --set rules.peerInfluence.weight=0.4");
        }
        String pathText = override.substring(0, eq).trim();
        String valueText = override.substring(eq + 1);
        List<Object> segments = parsePath(pathText, override);
        String path = SourceMap.render(segments);
        SourceMap.Origin origin = SourceMap.Origin.override(pathText + "=" + valueText, path);
        JsonNode parsed = reader.parseValueOrNull(valueText);
        JsonNode value = parsed != null ? parsed : TextNode.valueOf(valueText);

        JsonNode current = root;
        String currentPath = "";
        boolean currentIsListItem = false;
        for (int i = 0; i < segments.size(); i++) {
            Object segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment instanceof String key) {
                if (!(current instanceof ObjectNode object)) {
                    throw new ScenarioException(where, path, 0, where(currentPath) + " is " + describe(current)
                            + ", not an object, so it has no key '" + key + "'");
                }
                if (!object.has(key) && !(last && currentIsListItem)) {
                    throw new ScenarioException(where, SourceMap.key(currentPath, key), 0,
                            Suggestions.unknownKey(key, keys(object)));
                }
                if (last) {
                    object.set(key, value);
                } else {
                    current = object.get(key);
                    currentIsListItem = false;
                }
                currentPath = SourceMap.key(currentPath, key);
            } else {
                int index = (Integer) segment;
                if (!(current instanceof ArrayNode array)) {
                    throw new ScenarioException(where, path, 0, where(currentPath) + " is " + describe(current)
                            + ", not a list, so it has no item [" + index + "]");
                }
                if (index >= array.size()) {
                    throw new ScenarioException(where, SourceMap.index(currentPath, index), 0,
                            "index " + index + " is out of range; "
                            + (array.isEmpty() ? "the list is empty"
                            : "the list has " + array.size() + (array.size() == 1 ? " item" : " items")
                            + " (0.." + (array.size() - 1) + ")"));
                }
                if (last) {
                    array.set(index, value);
                } else {
                    current = array.get(index);
                    currentIsListItem = true;
                }
                currentPath = SourceMap.index(currentPath, index);
            }
        }
        sourceMap.removeSubtree(path);
        sourceMap.putSubtree(path, value, new SourceMap.Location(origin, 0));
        return origin;
    }

    /** Parses {@code a.b[2].c} into segments: String keys and Integer indices. */
    static List<Object> parsePath(String text, String override) throws ScenarioException {
        List<Object> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        boolean expectKey = true;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                String digits = close < 0 ? "" : text.substring(i + 1, close);
                if (segments.isEmpty() || digits.isEmpty() || !digits.chars().allMatch(Character::isDigit)
                        || digits.length() > 9) {
                    throw malformedPath(text, override);
                }
                segments.add(Integer.parseInt(digits));
                i = close + 1;
                expectKey = false;
            } else if (c == '.') {
                if (segments.isEmpty() || expectKey) {
                    throw malformedPath(text, override);
                }
                i++;
                expectKey = true;
                if (i >= n) {
                    throw malformedPath(text, override);
                }
            } else {
                if (!expectKey) {
                    throw malformedPath(text, override);
                }
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[' && text.charAt(end) != ']') {
                    end++;
                }
                if (end == i) {
                    throw malformedPath(text, override);
                }
                segments.add(text.substring(i, end));
                i = end;
                expectKey = false;
            }
        }
        if (segments.isEmpty()) {
            throw malformedPath(text, override);
        }
        return segments;
    }

    private static ScenarioException malformedPath(String text, String override) {
        return new ScenarioException(FILE + " " + override, "", 0, "malformed path '" + text
                + "'; expected keys separated by '.' with optional [index], e.g. rules.peerInfluence.weight"
                + " or events[0].year");
    }

    private static List<String> keys(ObjectNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    private static String where(String path) {
        return path.isEmpty() ? "the top level" : "'" + path + "'";
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "missing";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text '" + node.asText() + "'";
        }
        return node.toString();
    }
}
