package org.polycentric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.polycentric.model.metrics.Metric;
import org.polycentric.model.metrics.Recorder;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.ScenarioLoader;

/**
 * docs/ODD.md and docs/METRICS.md are read as data and checked against the code: every rule of the
 * catalogue has a parameter table in ODD section 8.5 listing exactly its record's parameters with
 * the defaults of defaults.json, and METRICS.md lists exactly the recorder's metrics, with their
 * units and scopes, and its groups. A change to a rule or a metric that leaves the docs behind
 * fails here.
 */
class DocsAgreeWithCodeTest {

    private static final Pattern RULE_HEADING = Pattern.compile("^\\*\\*`rules\\.(\\w+)`\\*\\*\\s*$");
    private static final Pattern ROW = Pattern.compile("^\\|([^|]*)\\|([^|]*)\\|.*$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    private static String section(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        int a = text.indexOf(from);
        int b = text.indexOf(to, a + 1);
        assertTrue(a >= 0 && b > a, file + " has no section '" + from + "' followed by '" + to + "'");
        return text.substring(a, b);
    }

    /** ODD 8.5: rule key -> (parameter path -> default as written). */
    private static Map<String, Map<String, String>> oddRuleTables() throws IOException {
        Map<String, Map<String, String>> tables = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : section(Path.of("docs/ODD.md"), "### 8.5 Rules", "## 9 ").split("\n")) {
            Matcher heading = RULE_HEADING.matcher(line.trim());
            if (heading.matches()) {
                current = new LinkedHashMap<>();
                tables.put(heading.group(1), current);
                continue;
            }
            Matcher row = ROW.matcher(line.trim());
            if (current == null || !row.matches() || !row.group(1).contains("`")) {
                continue;
            }
            // "`a.x` / `.y`" with defaults "1 / 2": one row for several parameters
            String[] names = row.group(1).split(" / ");
            String[] defaults = row.group(2).trim().split(" / ");
            assertEquals(names.length, defaults.length, "ODD row '" + line + "': as many defaults as names");
            String prefix = "";
            for (int k = 0; k < names.length; k++) {
                Matcher code = CODE.matcher(names[k]);
                assertTrue(code.find(), line);
                String name = code.group(1);
                if (name.startsWith(".")) {
                    name = prefix + name;
                } else if (name.contains(".")) {
                    prefix = name.substring(0, name.lastIndexOf('.'));
                }
                current.put(name, defaults[k].trim());
            }
        }
        return tables;
    }

    /** A record's parameters as dotted paths, nested records flattened, without {@code enabled}. */
    private static List<String> parameters(Class<?> record, String prefix) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            String name = prefix + c.getName();
            if (name.equals("enabled")) {
                continue;
            }
            if (c.getType().isRecord()) {
                out.addAll(parameters(c.getType(), name + "."));
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static JsonNode defaults() throws IOException {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(ScenarioLoader.DEFAULTS)) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theOddTablesListEveryRuleParameterWithItsDefault() throws IOException {
        Map<String, Map<String, String>> odd = oddRuleTables();
        JsonNode defaults = defaults().get("rules");
        List<String> problems = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (RuleCatalogue.Entry<?> entry : RuleCatalogue.STANDARD.entries()) {
            keys.add(entry.key());
            Map<String, String> table = odd.get(entry.key());
            if (table == null) {
                problems.add("ODD 8.5 has no table for rules." + entry.key());
                continue;
            }
            List<String> params = parameters(entry.params(), "");
            if (!params.equals(new ArrayList<>(table.keySet()))) {
                problems.add("rules." + entry.key() + ": ODD lists " + table.keySet() + ", the record has " + params);
            }
            for (String p : params) {
                JsonNode value = defaults.at("/" + entry.key() + "/" + p.replace('.', '/'));
                String written = table.get(p);
                if (value.isMissingNode()) {
                    problems.add("defaults.json has no rules." + entry.key() + "." + p);
                } else if (written != null && !sameValue(value, written)) {
                    problems.add("rules." + entry.key() + "." + p + ": ODD says " + written + ", defaults.json " + value);
                }
            }
        }
        if (!keys.equals(new ArrayList<>(odd.keySet()))) {
            problems.add("ODD 8.5 tables " + odd.keySet() + " are not the catalogue's rules in order " + keys);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean sameValue(JsonNode value, String written) {
        if (value.isNumber()) {
            try {
                return value.asDouble() == Double.parseDouble(written);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return value.asText().equals(written.replace("`", ""));
    }

    @Test
    void theMetricsPageListsEveryMetricWithItsUnitAndScope() throws IOException {
        Map<String, String> documented = new LinkedHashMap<>();
        for (String line : section(Path.of("docs/METRICS.md"), "| metric | unit | scope |", "\n\n").split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length > 4 && cells[1].contains("`")) {
                documented.put(cells[1].trim().replace("`", ""), cells[2].trim() + " | " + cells[3].trim());
            }
        }
        Map<String, String> code = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            code.put(m.id(), m.unit() + " | " + m.scope().name().toLowerCase());
        }
        assertEquals(code, documented, "docs/METRICS.md's metric table (metric, unit, scope) against Metric");
    }

    @Test
    void theMetricsPageNamesTheRecordersGroupsInOrder() throws IOException {
        String groups = section(Path.of("docs/METRICS.md"), "| scope | groups", "\n\n");
        var world = TestScenarios.run(TestScenarios.load("baseline", "world.cities=300", "time.endYear=2006"), 0)
                .world();
        Recorder recorder = new Recorder(world);
        assertEquals(recorder.cityGroups(), documentedGroups(groups, "city", world.blocs()));
        assertEquals(recorder.nationGroups(), documentedGroups(groups, "nation", world.blocs()));
    }

    /** The groups a scope's row names, with {@code bloc_<name>} expanded for the world's blocs. */
    private static List<String> documentedGroups(String table, String scope, List<String> blocs) {
        for (String line : table.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length > 2 && cells[1].trim().equals(scope)) {
                List<String> out = new ArrayList<>();
                Matcher code = CODE.matcher(cells[2]);
                while (code.find()) {
                    if (code.group(1).equals("bloc_<name>")) {
                        blocs.forEach(b -> out.add("bloc_" + b));
                    } else {
                        out.add(code.group(1));
                    }
                }
                return out;
            }
        }
        throw new AssertionError("docs/METRICS.md's group table has no row for " + scope);
    }
}
