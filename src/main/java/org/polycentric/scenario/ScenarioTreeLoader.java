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
 * offending value.
 *
 * <p>Merging: objects merge key by key (the extending file wins); lists and scalars are replaced
 * whole. {@code extends} names a file relative to the directory of the file that contains it
 * ({@code .json} is appended when the name has no extension). Every file in a chain needs its own
 * {@code name} and {@code description}.
 *
 * <p>Not thread-safe: use one instance per thread. Its only static state is the shared, thread-safe
 * Jackson mapper, whose cache of deserializers {@link #prepare} may fill ahead of time.
 */
public final class ScenarioTreeLoader {

    /** The bound value, the fully resolved tree that was bound, and the files read (given one first). */
    public record Loaded<T>(T value, ObjectNode tree, List<Path> chain) {
        public Loaded {
            chain = List.copyOf(chain);
        }
    }

    private static final String EXTENDS = "extends";

    private final String defaultsResource;
    private final RuleTypes ruleTypes;
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
        List<Link> links = readChain(file);

        JsonSourceReader.Parsed defaults = reader.readResource(defaultsResource);
        ObjectNode tree = (ObjectNode) defaults.root();
        SourceMap sourceMap = defaults.sourceMap();
        tree.remove(EXTENDS);
        sourceMap.removeSubtree(EXTENDS);
        for (int i = links.size() - 1; i >= 0; i--) {
            Link link = links.get(i);
            merge(tree, sourceMap, link.tree(), link.sourceMap(), "");
        }

        this.overrides.apply(tree, sourceMap, overrides == null ? List.of() : overrides);

        T value = bind(tree, sourceMap, type, links.get(0).name());
        List<Path> chain = new ArrayList<>();
        for (Link link : links) {
            chain.add(link.path());
        }
        return new Loaded<>(value, tree, chain);
    }

    // ---- extends chain --------------------------------------------------------------------

    private record Link(Path path, String name, ObjectNode tree, SourceMap sourceMap) {
    }

    private List<Link> readChain(Path file) throws ScenarioException {
        List<Link> links = new ArrayList<>();
        List<Path> identities = new ArrayList<>();
        Path current = file;
        String name = file.toString();
        while (true) {
            JsonSourceReader.Parsed parsed = reader.readFile(current, name);
            ObjectNode tree = (ObjectNode) parsed.root();
            SourceMap sourceMap = parsed.sourceMap();
            requireOwnText(tree, sourceMap, name, "name");
            requireOwnText(tree, sourceMap, name, "description");

            SourceMap.Location extendsAt = sourceMap.get(EXTENDS);
            JsonNode parentRef = tree.remove(EXTENDS);
            sourceMap.removeSubtree(EXTENDS);
            links.add(new Link(current, name, tree, sourceMap));
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
                        "'" + parentRef.asText() + "' is not a valid file name", e);
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
                throw new ScenarioException(name, EXTENDS, line, "file not found: " + next);
            }
            current = next;
            name = next.toString();
        }
    }

    private static void requireOwnText(ObjectNode tree, SourceMap sourceMap, String file, String key)
            throws ScenarioException {
        JsonNode value = tree.get(key);
        if (value == null) {
            throw new ScenarioException(file, key, 1, "every scenario file needs its own " + key);
        }
        SourceMap.Location loc = sourceMap.get(key);
        int line = loc == null ? 1 : loc.line();
        if (!value.isTextual()) {
            throw new ScenarioException(file, key, line, "expected text, found " + Overrides.describe(value));
        }
        if (value.asText().isBlank()) {
            throw new ScenarioException(file, key, line, "must not be empty; every scenario file needs its own " + key);
        }
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

    // ---- binding --------------------------------------------------------------------------

    private <T> T bind(ObjectNode tree, SourceMap sourceMap, Class<T> type, String leafFile)
            throws ScenarioException {
        BindingErrors errors = new BindingErrors(tree, sourceMap, leafFile);
        try {
            InjectableValues.Std injected = new InjectableValues.Std();
            if (ruleTypes != null) {
                injected.addValue(RuleTypes.class, ruleTypes);
            }
            return mapper.readerFor(type).with(injected).readValue(tree);
        } catch (JsonMappingException e) {
            throw errors.translate(e);
        } catch (IOException | RuntimeException e) {
            throw errors.translateOther(e);
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
