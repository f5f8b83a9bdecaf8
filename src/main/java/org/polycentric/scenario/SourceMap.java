package org.polycentric.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a scenario tree came from: JSON path ({@code rules.peer.weight},
 * {@code events[2].year}, {@code ""} for the root) to its {@link Origin} (a scenario file, the
 * built-in defaults or one {@code --set} override) and 1-based line (0 for an override).
 */
final class SourceMap {

    /**
     * What wrote a value: a scenario file, the built-in defaults, or one command-line override.
     * Compared by identity: each file read and each override given is its own origin.
     */
    static final class Origin {
        enum Kind { FILE, BUILT_IN, OVERRIDE }

        private final Kind kind;
        private final String name;
        private final String path;

        private Origin(Kind kind, String name, String path) {
            this.kind = kind;
            this.name = name;
            this.path = path;
        }

        /** A scenario file, named as the user gave it (or as {@code extends} resolved it). */
        static Origin file(String name) {
            return new Origin(Kind.FILE, name, null);
        }

        /** The defaults resource inside the program. */
        static Origin builtIn(String resource) {
            return new Origin(Kind.BUILT_IN, resource, null);
        }

        /** One {@code --set path=value} override: {@code text} as given, {@code path} its JSON path. */
        static Origin override(String text, String path) {
            return new Origin(Kind.OVERRIDE, text, path);
        }

        boolean isOverride() {
            return kind == Kind.OVERRIDE;
        }

        boolean isBuiltIn() {
            return kind == Kind.BUILT_IN;
        }

        /** The JSON path an override sets; null for files. */
        String overridePath() {
            return path;
        }

        /** The "file" part of a message: the file name, or {@code --set path=value}. */
        String where() {
            return kind == Kind.OVERRIDE ? Overrides.FILE + " " + name : name;
        }

        /** Where a value at {@code line} comes from, in words: a file:line, the built-in defaults or the override. */
        String describe(int line) {
            return switch (kind) {
                case FILE -> line > 0 ? name + ":" + line : name;
                case BUILT_IN -> "the built-in defaults";
                case OVERRIDE -> Overrides.FILE + " " + name;
            };
        }

        @Override
        public String toString() {
            return where();
        }
    }

    /** Origin and 1-based line of one value (line 0 for an override or when unknown). */
    record Location(Origin origin, int line) {
        Location {
            java.util.Objects.requireNonNull(origin, "origin");
        }

        /** A problem with the value at {@code path}, blamed on this location. */
        ScenarioException problem(String path, String detail, Throwable cause) {
            return new ScenarioException(origin.where(), path, origin.isOverride() ? 0 : line, detail, cause);
        }
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

    /** A copy that can be changed without changing this map. */
    SourceMap copy() {
        SourceMap copy = new SourceMap();
        copy.entries.putAll(entries);
        return copy;
    }

    /** Every path whose value came from {@code origin}, in no particular order. */
    List<String> pathsFrom(Origin origin) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, Location> e : entries.entrySet()) {
            if (e.getValue().origin() == origin) {
                paths.add(e.getKey());
            }
        }
        return paths;
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
