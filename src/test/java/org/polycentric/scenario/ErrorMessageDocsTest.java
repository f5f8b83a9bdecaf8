package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.rules.RuleCatalogue;

/**
 * The examples of docs/SCENARIOS.md's "Error messages" section are what the loader prints: each is
 * produced here from the mistake it shows, and the section lists exactly these examples.
 */
class ErrorMessageDocsTest {

    @TempDir
    Path dir;

    private final ScenarioLoader loader = new ScenarioLoader(RuleCatalogue.STANDARD);

    /** The message for scenarios/bad.json holding {@code body}, written in {@code charset}. */
    private String file(String body, Charset charset) throws IOException {
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/baseline.json"), scenarios.resolve("baseline.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Path bad = Files.write(scenarios.resolve("bad.json"), body.getBytes(charset));
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(bad, List.of()));
        return e.getMessage().replace(scenarios.toString() + java.io.File.separator, "scenarios/");
    }

    private String file(String body) throws IOException {
        return file(body, StandardCharsets.UTF_8);
    }

    /** A variant of the baseline: extends on line 2, name on 3, description on 4, then {@code more}. */
    private String variant(String... more) throws IOException {
        StringBuilder body = new StringBuilder("{\n  \"extends\": \"baseline\",\n  \"name\": \"bad\",\n"
                + "  \"description\": \"d\"");
        for (String line : more) {
            body.append(",\n").append(line);
        }
        return file(body.append("\n}\n").toString());
    }

    private String set(String scenario, String... overrides) {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> loader.load(Path.of(scenario), List.of(overrides)));
        return e.getMessage();
    }

    private List<String> produced() throws IOException {
        List<String> m = new ArrayList<>();
        m.add(variant("  \"rules\": {\n    \"campaigns\": { \"reach\": 1.5 }\n  }"));
        m.add(file("{\n  \"extends\": \"baseline\",\n  \"nmae\": \"bad\",\n  \"description\": \"d\"\n}\n"));
        m.add(variant("  \"rules\": {\n    \"campaign\": { \"weight\": 0.06 }\n  }"));
        m.add(variant("  \"decision\": { \"mode\": \"Threshold\" }"));
        m.add(variant("  \"rules\": {\n    \"campaigns\": { \"enabled\": \"true\" }\n  }"));
        m.add(variant("  \"time\": [2005, 2060]"));
        m.add(file("{\n  \"extends\": \"baseline\",\n  \"name\": \"bad\"\n  \"description\": \"d\"\n}\n"));
        m.add(file("{\n  \"extends\": \"baseline\",\n  \"name\": \"bad\",\n  \"description\": \"d\",\n}\n"));
        m.add(variant("  \"rules\": {\n    \"campaigns\": { \"weight\": 0,5 }\n  }"));
        String curly = "{\n  \"extends\": \"baseline\",\n  \"name\": \"bad\",\n  \"description\": \u201Cd\u201D\n}\n";
        m.add(file(curly));
        m.add(file(curly, Charset.forName("windows-1252")));
        m.add(file("{\n  \"extends\": \"baseline\",\n  \"name\": \"bad\",\n  \"description\": \"caf\u00E9\"\n}\n",
                StandardCharsets.ISO_8859_1));
        m.add(file("{\n  \"extends\": \"basline\",\n  \"name\": \"bad\",\n  \"description\": \"d\"\n}\n"));
        m.add(file("{\n  \"extends\": \"baseline\",\n  \"description\": \"d\"\n}\n"));
        m.add(variant("  \"addEvents\": [\n    { \"year\": 2025.05, \"type\": \"stance\", \"nation\": \"USA\","
                + " \"value\": 1.5 }\n  ]"));
        m.add(variant("  \"time\": { \"startYear\": 2061 }"));
        String baseline = "scenarios/baseline.json";
        m.add(set(baseline, "rules.peerInfluence.weight=abc"));
        m.add(set(baseline, "rules.peerInfluence.weight=400"));
        m.add(set(baseline, "rules.peerInfluence.wieght=0.4"));
        m.add(set(baseline, "world.networks[9].name=X"));
        m.add(set(baseline, "addEvents=[{\"year\": 2030, \"type\": \"stance\", \"nation\": \"USA\"}]"));
        m.add(set(baseline, "time.startYear=2061"));
        m.add(set(baseline, "world.regions[0].latMin=89"));
        m.add(set("scenarios/docking/watts.json", "world.graph.meanDegree=200", "world.cities=100"));
        return m;
    }

    /** The indented example lines between "Examples:" and the next paragraph of the section. */
    private static List<String> documented() throws IOException {
        String text = Files.readString(Path.of("docs/SCENARIOS.md"));
        int section = text.indexOf("## Error messages");
        int start = text.indexOf("Examples:\n\n", section) + "Examples:\n\n".length();
        int end = text.indexOf("\n\n", start);
        assertTrue(section >= 0 && start > section && end > start, "docs/SCENARIOS.md has no error message examples");
        List<String> lines = new ArrayList<>();
        for (String line : text.substring(start, end).split("\n")) {
            lines.add(line.strip());
        }
        return lines;
    }

    @Test
    void theDocumentedExamplesAreWhatTheLoaderPrints() throws IOException {
        assertEquals(String.join("\n", produced()), String.join("\n", documented()));
    }
}
