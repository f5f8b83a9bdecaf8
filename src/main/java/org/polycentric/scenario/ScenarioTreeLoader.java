package org.polycentric.scenario;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.InjectableValues;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.polycentric.params.RuleTypes;

/**
 * Loads scenario JSON files: reads a file strictly, resolves its {@code extends} chain on top of a
 * complete tree of defaults, applies {@code path=value} overrides, and binds the result to a record
 * type. Every failure is a {@link ScenarioException} naming the file, line and JSON path of the
 * offending value, or the {@code --set path=value} that gave it.
 *
 * <p>Order of checks: each file is read (syntax, encoding), then its keys are checked against the
 * bound type at every level (an unknown key is reported before anything else in that file), then
 * its own {@code name} and {@code description}, then its {@code extends}; after the chain is merged
 * and the overrides applied, the keys the overrides added, then binding. When a check fails on a
 * value that one file (or the defaults) wrote but a later file or override made it fail (e.g.
 * {@code --set time.startYear=2061} against the default {@code endYear}), the later one is blamed,
 * and the message names both values.
 *
 * <p>Merging: objects merge key by key (the extending file wins); lists and scalars are replaced
 * whole. {@code extends} names a file relative to the directory of the file that contains it
 * ({@code .json} is appended when the name has no extension). Every file in a chain needs its own
 * {@code name} and {@code description} when the bound type has them.
 *
 * <p>Not thread-safe: use one instance per thread. Its only static state is the shared, thread-safe
 * Jackson mapper, whose cache of deserializers {@link #prepare} may fill ahead of time.
 */
public final class ScenarioTreeLoader {

    /** The bound value, the fully resolved tree that was bound, and the files read (given one first). */
    public static final class Loaded<T> {
        private final T value;
        private final ObjectNode tree;
        private final List<Path> chain;
        private final SourceMap sourceMap;

        Loaded(T value, ObjectNode tree, List<Path> chain, SourceMap sourceMap) {
            this.value = value;
            this.tree = tree;
            this.chain = List.copyOf(chain);
            this.sourceMap = sourceMap;
        }

        public T value() {
            return value;
        }

        public ObjectNode tree() {
            return tree;
        }

        public List<Path> chain() {
            return chain;
        }

        /**
         * A problem found after loading (e.g. when the world is built) with the value at
         * {@code jsonPath}, blamed on where that value came from: the file and line that wrote it,
         * or the {@code --set} that gave it; the given file when the path is unknown.
         */
        public ScenarioException problemAt(String jsonPath, String detail) {
            String path = jsonPath == null ? "" : jsonPath;
            SourceMap.Location at = null;
            for (String p = path; at == null && !p.isEmpty(); p = SourceMap.parent(p)) {
                at = sourceMap.get(p); // the value, or the nearest object or list that holds it; not the root
            }
            if (at == null) {
                return new ScenarioException(chain.get(0).toString(), path, 0, detail);
            }
            return at.problem(path, detail, null);
        }
    }

    private static final String EXTENDS = "extends";

    private final String defaultsResource;
    private final RuleTypes ruleTypes;
    private final KeyCheck keyCheck;
    private final JsonSourceReader reader = new JsonSourceReader();
    private final Overrides overrides = new Overrides(reader);
    /**
     * Shared by all loaders: configured once, then immutable and thread-safe, and its cache of
     * record deserializers (slow to build on a cold JVM) can be filled ahead of time by {@link #prepare}.
     */
    private static final ObjectMapper MAPPER = strictMapper();
    private final ObjectMapper mapper = MAPPER;

    /**
     * @param defaultsResource a classpath resource name (e.g.
     *                         {@code /org/polycentric/scenario/defaults.json}) holding a complete tree
     *                         of default values that every scenario implicitly extends
     */
    public ScenarioTreeLoader(String defaultsResource) {
        this(defaultsResource, null);
    }

    /**
     * @param ruleTypes what a {@code rules} section binds to ({@link RulesSpec}); null when the
     *                  bound type has no rules section
     */
    public ScenarioTreeLoader(String defaultsResource, RuleTypes ruleTypes) {
        this.defaultsResource = Objects.requireNonNull(defaultsResource, "defaultsResource");
        this.ruleTypes = ruleTypes;
        this.keyCheck = new KeyCheck(ruleTypes);
    }

    /**
     * Builds and caches the deserializers for {@code type} now, e.g. on a background thread while
     * the command line is parsed, so that the first {@link #load} does not pay for it.
     */
    public static void prepare(Class<?> type) {
        MAPPER.readerFor(type);
    }

    /**
     * Loads {@code file}, resolves its {@code extends} chain on top of the defaults, applies
     * {@code overrides} ({@code "path=value"}, in order) and binds the result to {@code type}.
     */
    public <T> Loaded<T> load(Path file, List<String> overrides, Class<T> type) throws ScenarioException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(type, "type");
        List<Link> links = readChain(file, type);
        JsonSourceReader.Parsed defaults = reader.readResource(defaultsResource);
        ((ObjectNode) defaults.root()).remove(EXTENDS);
        defaults.sourceMap().removeSubtree(EXTENDS);
        keyCheck.check(defaults.root(), type, defaults.sourceMap(), defaultsResource, List.of());

        Layers layers = new Layers(defaults, links, overrides == null ? List.of() : overrides);
        Layers.Tree all = layers.assemble(layers.size());
        keyCheck.check(all.tree(), type, all.sourceMap(), links.get(0).name(), List.of());

        T value = bind(all, type, layers, links.get(0).name());
        List<Path> chain = new ArrayList<>();
        for (Link link : links) {
            chain.add(link.path());
        }
        return new Loaded<>(value, all.tree(), chain, all.sourceMap());
    }

    // ---- extends chain --------------------------------------------------------------------

    private record Link(Path path, String name, JsonSourceReader.Parsed parsed) {
    }

    private List<Link> readChain(Path file, Class<?> type) throws ScenarioException {
        List<Link> links = new ArrayList<>();
        List<Path> identities = new ArrayList<>();
        Path current = file;
        String name = file.toString();
        while (true) {
            JsonSourceReader.Parsed parsed = reader.readFile(current, name);
            ObjectNode tree = (ObjectNode) parsed.root();
            SourceMap sourceMap = parsed.sourceMap();
            keyCheck.check(tree, type, sourceMap, name, List.of(EXTENDS));
            if (hasComponent(type, "name")) {
                requireOwnText(tree, sourceMap, name, "name", "\"name\": \"my-variant\"");
            }
            if (hasComponent(type, "description")) {
                requireOwnText(tree, sourceMap, name, "description", "\"description\": \"what this scenario studies\"");
            }

            SourceMap.Location extendsAt = sourceMap.get(EXTENDS);
            JsonNode parentRef = tree.remove(EXTENDS);
            sourceMap.removeSubtree(EXTENDS);
            links.add(new Link(current, name, parsed));
            identities.add(identity(current));
            if (parentRef == null) {
                return links;
            }

            int line = extendsAt == null ? 0 : extendsAt.line();
            if (!parentRef.isTextual() || parentRef.asText().isBlank()) {
                throw new ScenarioException(name, EXTENDS, line,
                        "expected the name of another scenario file (text), found " + Overrides.describe(parentRef));
            }
            Path next;
            try {
                next = resolve(current, parentRef.asText());
            } catch (InvalidPathException e) {
                throw new ScenarioException(name, EXTENDS, line,
                        "'" + parentRef.asText() + "' is not a valid file name" + slashHint(parentRef.asText()), e);
            }
            int seen = identities.indexOf(identity(next));
            if (seen >= 0) {
                StringBuilder cycle = new StringBuilder();
                for (Link link : links) {
                    cycle.append(link.name()).append(" -> ");
                }
                cycle.append(next);
                throw new ScenarioException(name, EXTENDS, line, "extends cycle: " + cycle);
            }
            if (!Files.exists(next)) {
                throw new ScenarioException(name, EXTENDS, line, "file not found: " + next
                        + Suggestions.siblingFileHint(next) + slashHint(parentRef.asText()));
            }
            current = next;
            name = next.toString();
        }
    }

    /**
     * Whether the bound type has a component {@code key}: a file that names and describes itself
     * (a scenario, an experiment) needs its own; a plain list (a compare outcomes file) has neither.
     */
    private static boolean hasComponent(Class<?> type, String key) {
        if (!type.isRecord()) {
            return true;
        }
        for (var component : type.getRecordComponents()) {
            if (component.getName().equals(key)) {
                return true;
            }
        }
        return false;
    }

    private static void requireOwnText(ObjectNode tree, SourceMap sourceMap, String file, String key, String example)
            throws ScenarioException {
        JsonNode value = tree.get(key);
        if (value == null) {
            throw new ScenarioException(file, key, 1, "every scenario file needs its own " + key + ", e.g. " + example
                    + " (it is not inherited through extends)");
        }
        SourceMap.Location loc = sourceMap.get(key);
        int line = loc == null ? 1 : loc.line();
        if (!value.isTextual()) {
            throw new ScenarioException(file, key, line, "expected text in double quotes, found "
                    + Overrides.describe(value));
        }
        if (value.asText().isBlank()) {
            throw new ScenarioException(file, key, line, "must not be empty; every scenario file needs its own " + key);
        }
    }

    /** A hint for a Windows path: JSON reads a backslash as an escape. */
    private static String slashHint(String reference) {
        boolean windowsLike = reference.indexOf('\\') >= 0
                || reference.chars().anyMatch(ch -> ch < 0x20);
        return windowsLike ? "; write / between folders (a backslash in JSON text starts an escape such as \\b)" : "";
    }

    /** The file named by {@code extends} in {@code from}: relative to its directory, ".json" added if no extension. */
    private static Path resolve(Path from, String reference) {
        Path dir = from.getParent();
        Path next = dir == null ? Path.of(reference) : dir.resolve(reference);
        Path fileName = next.getFileName();
        if (fileName != null && !fileName.toString().contains(".")) {
            next = next.resolveSibling(fileName + ".json");
        }
        return next.normalize();
    }

    private static Path identity(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Merges {@code child} into {@code base}: objects key by key, everything else replaced whole. */
    private static void merge(ObjectNode base, SourceMap baseMap, ObjectNode child, SourceMap childMap, String path) {
        SourceMap.Location own = childMap.get(path);
        if (own != null) {
            baseMap.put(path, own);
        }
        for (Map.Entry<String, JsonNode> field : child.properties()) {
            String key = field.getKey();
            String keyPath = SourceMap.key(path, key);
            JsonNode baseValue = base.get(key);
            JsonNode childValue = field.getValue();
            if (baseValue instanceof ObjectNode baseObject && childValue instanceof ObjectNode childObject) {
                merge(baseObject, baseMap, childObject, childMap, keyPath);
            } else {
                base.set(key, childValue);
                baseMap.removeSubtree(keyPath);
                baseMap.copySubtree(childMap, keyPath);
            }
        }
    }

    /**
     * The pieces a scenario tree is built from, in order: the defaults, then the files of the chain
     * from the farthest ancestor to the given file, then each override. Any prefix can be assembled
     * again, so that a failing check can be traced to the piece that made it fail.
     */
    private final class Layers {
        record Tree(ObjectNode tree, SourceMap sourceMap) {
        }

        private final JsonSourceReader.Parsed defaults;
        private final List<Link> files; // farthest ancestor first
        private final List<String> overrideTexts;
        private final List<SourceMap.Origin> origins = new ArrayList<>();

        Layers(JsonSourceReader.Parsed defaults, List<Link> links, List<String> overrideTexts) {
            this.defaults = defaults.copy();
            this.files = new ArrayList<>();
            for (int i = links.size() - 1; i >= 0; i--) {
                files.add(new Link(links.get(i).path(), links.get(i).name(), links.get(i).parsed().copy()));
            }
            this.overrideTexts = List.copyOf(overrideTexts);
        }

        /** Layers after the defaults: files, then overrides. */
        int size() {
            return files.size() + overrideTexts.size();
        }

        /**
         * Where the layer {@code index} came from in the last full assembly (0 the defaults, then
         * files, then overrides).
         */
        SourceMap.Origin origin(int index) {
            return index < origins.size() ? origins.get(index) : null;
        }

        /** The layer index of {@code origin} in the last full assembly, or -1. */
        int indexOf(SourceMap.Origin origin) {
            for (int i = 0; i < origins.size(); i++) {
                if (origins.get(i) == origin) {
                    return i;
                }
            }
            return -1;
        }

        /** The defaults and the first {@code count} layers. */
        Tree assemble(int count) throws ScenarioException {
            JsonSourceReader.Parsed base = defaults.copy();
            ObjectNode tree = (ObjectNode) base.root();
            SourceMap map = base.sourceMap();
            List<SourceMap.Origin> seen = new ArrayList<>();
            seen.add(base.origin());
            for (int i = 0; i < count; i++) {
                if (i < files.size()) {
                    JsonSourceReader.Parsed file = files.get(i).parsed().copy();
                    merge(tree, map, (ObjectNode) file.root(), file.sourceMap(), "");
                    seen.add(file.origin());
                } else {
                    seen.add(overrides.apply(tree, map, overrideTexts.get(i - files.size())));
                }
            }
            if (count == size() && origins.isEmpty()) {
                origins.addAll(seen);
            }
            return new Tree(tree, map);
        }
    }

    // ---- binding --------------------------------------------------------------------------

    private <T> T bind(Layers.Tree all, Class<T> type, Layers layers, String leafFile) throws ScenarioException {
        Bound<T> bound = tryBind(all, type);
        if (bound.problem() == null) {
            return bound.value();
        }
        throw blame(bound.problem(), all, type, layers, leafFile);
    }

    /**
     * Blames a binding problem on where the offending value came from; or, when a later file or
     * override made a value that an earlier one wrote fail its check, on that later one, naming both.
     */
    private ScenarioException blame(BindingErrors.Problem problem, Layers.Tree all, Class<?> type, Layers layers,
                                    String leafFile) throws ScenarioException {
        String path = problem.path();
        SourceMap.Location at = all.sourceMap().find(path);
        if (at == null) {
            return new ScenarioException(leafFile, path, 0, problem.detail(), problem.cause());
        }
        if (path.isEmpty()) {
            return at.problem(path, problem.detail(), problem.cause());
        }
        int broke = layerThatBroke(path, type, layers);
        if (broke < 0 || broke <= layers.indexOf(at.origin()) || layers.origin(broke) == null) {
            return at.problem(path, problem.detail(), problem.cause());
        }
        SourceMap.Origin culprit = layers.origin(broke);
        String culpritPath;
        int culpritLine = 0;
        if (culprit.isOverride()) {
            culpritPath = culprit.overridePath();
        } else {
            Layers.Tree upTo = layers.assemble(broke);
            culpritPath = changed(upTo, layers.assemble(broke - 1), culprit, problem.object(), path);
            if (culpritPath == null) {
                return at.problem(path, problem.detail(), problem.cause());
            }
            culpritLine = upTo.sourceMap().get(culpritPath).line();
        }
        JsonNode value = nodeAt(all.tree(), path);
        String other = value == null || value.isMissingNode() ? path + " (not given)"
                : path + " (" + shown(value) + ", from " + at.origin().describe(at.line()) + ")";
        return new ScenarioException(culprit.where(), culpritPath, culpritLine,
                "conflicts with " + other + "; " + path + ": " + problem.detail(), problem.cause());
    }

    /**
     * The layer that made binding fail at {@code path}: the tree without it and the layers after it
     * binds, and with it fails at {@code path} as every larger tree does (0: the defaults alone
     * already fail there). -1 when that cannot be told: a smaller tree fails elsewhere first, which
     * may hide a failure at {@code path}.
     */
    private int layerThatBroke(String path, Class<?> type, Layers layers) {
        for (int count = layers.size() - 1; count >= 0; count--) {
            BindingErrors.Problem p;
            try {
                p = tryBind(layers.assemble(count), type).problem();
            } catch (ScenarioException e) {
                return -1;
            }
            if (p == null) {
                return count + 1;
            }
            if (!p.path().equals(path)) {
                return -1;
            }
        }
        return 0;
    }

    /**
     * A value that {@code origin} (the last layer of {@code upTo}) changed from {@code before}, as
     * near to {@code path} as possible: inside the object {@code object} (else its parents), a plain
     * value rather than an object or list; the first by line, then by path. Null if none.
     */
    private static String changed(Layers.Tree upTo, Layers.Tree before, SourceMap.Origin origin, String object,
                                  String path) {
        List<String> paths = new ArrayList<>();
        for (String p : upTo.sourceMap().pathsFrom(origin)) {
            if (!p.isEmpty() && !p.equals(path) && !SourceMap.isSelfOrDescendant(path, p)
                    && !Objects.equals(nodeAt(upTo.tree(), p), nodeAt(before.tree(), p))) {
                paths.add(p);
            }
        }
        List<String> all = List.copyOf(paths);
        paths.removeIf(p -> all.stream().anyMatch(q -> !q.equals(p) && SourceMap.isSelfOrDescendant(q, p)));
        paths.sort(java.util.Comparator.comparingInt((String p) -> upTo.sourceMap().get(p).line())
                .thenComparing(java.util.Comparator.naturalOrder()));
        for (String scope = object; ; scope = SourceMap.parent(scope)) {
            for (String p : paths) {
                if (SourceMap.isSelfOrDescendant(p, scope)) {
                    return p;
                }
            }
            if (scope.isEmpty()) {
                return null;
            }
        }
    }

    private static JsonNode nodeAt(JsonNode root, String path) {
        if (path.isEmpty()) {
            return root;
        }
        try {
            JsonNode node = root;
            for (Object segment : Overrides.parsePath(path, path)) {
                if (node == null) {
                    return null;
                }
                node = segment instanceof Integer i ? node.get(i) : node.get((String) segment);
            }
            return node;
        } catch (ScenarioException e) {
            return null;
        }
    }

    /** A value as a message shows it: JSON text for a plain value, "an object" or "a list" otherwise. */
    private static String shown(JsonNode value) {
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 37) + "..." : text;
    }

    /** The bound value, or the problem that stopped binding. */
    private record Bound<T>(T value, BindingErrors.Problem problem) {
    }

    private <T> Bound<T> tryBind(Layers.Tree t, Class<T> type) {
        BindingErrors errors = new BindingErrors(t.tree(), keyCheck);
        try {
            InjectableValues.Std injected = new InjectableValues.Std();
            if (ruleTypes != null) {
                injected.addValue(RuleTypes.class, ruleTypes);
            }
            return new Bound<>(mapper.readerFor(type).with(injected).readValue(t.tree()), null);
        } catch (JsonMappingException e) {
            return new Bound<>(null, errors.translate(e));
        } catch (IOException | RuntimeException e) {
            return new Bound<>(null, errors.translateOther(e));
        }
    }

    private static ObjectMapper strictMapper() {
        return JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .build();
    }
}
