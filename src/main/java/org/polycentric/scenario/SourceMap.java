package org.polycentric.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a scenario tree came from: JSON path ({@code rules.peer.weight},
 * {@code events[2].year}, {@code ""} for the root) to file and 1-based line. Values set by a
 * command-line override have file {@code "--set"}, line 0, and remember the override text.
 */
final class SourceMap {

    /** Origin of one value; {@code override} is the {@code path=value} text for {@code --set}, else null. */
    record Location(String file, int line, String override) {
    }

    private final Map<String, Location> entries = new HashMap<>();

    void put(String path, Location location) {
        entries.put(path, location);
    }

    Location get(String path) {
        return entries.get(path);
    }

    /** The entry for {@code path}, else for its nearest ancestor that has one; null if none. */
    Location find(String path) {
        String p = path;
        while (true) {
            Location loc = entries.get(p);
            if (loc != null) {
                return loc;
            }
            if (p.isEmpty()) {
                return null;
            }
            p = parent(p);
        }
    }

    /** Removes the entry for {@code path} and for everything below it. */
    void removeSubtree(String path) {
        entries.keySet().removeIf(k -> isSelfOrDescendant(k, path));
    }

    /** Copies the entries for {@code path} and everything below it from {@code other}. */
    void copySubtree(SourceMap other, String path) {
        for (Map.Entry<String, Location> e : other.entries.entrySet()) {
            if (isSelfOrDescendant(e.getKey(), path)) {
                entries.put(e.getKey(), e.getValue());
            }
        }
    }

    /** Gives {@code path} and every value inside {@code node} the same location. */
    void putSubtree(String path, JsonNode node, Location location) {
        entries.put(path, location);
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                putSubtree(key(path, e.getKey()), e.getValue(), location);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                putSubtree(index(path, i), node.get(i), location);
            }
        }
    }

    // ---- path helpers ---------------------------------------------------------------------

    static String key(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** Renders segments (String keys, Integer indices) as a dotted path. */
    static String render(List<Object> segments) {
        String p = "";
        for (Object s : segments) {
            p = s instanceof Integer i ? index(p, i) : key(p, (String) s);
        }
        return p;
    }

    /** The path one level up: {@code a.b[2]} for {@code a.b[2].c}, {@code a.b} for {@code a.b[2]}. */
    static String parent(String path) {
        if (path.endsWith("]")) {
            int open = path.lastIndexOf('[');
            if (open >= 0) {
                return path.substring(0, open);
            }
        }
        int dot = path.lastIndexOf('.');
        int open = path.lastIndexOf('[');
        int cut = Math.max(dot, open);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static boolean isSelfOrDescendant(String candidate, String path) {
        if (path.isEmpty()) {
            return true;
        }
        if (!candidate.startsWith(path)) {
            return false;
        }
        if (candidate.length() == path.length()) {
            return true;
        }
        char c = candidate.charAt(path.length());
        return c == '.' || c == '[';
    }

    /** Entries in no particular order; for tests and debugging. */
    List<String> paths() {
        return new ArrayList<>(entries.keySet());
    }
}
