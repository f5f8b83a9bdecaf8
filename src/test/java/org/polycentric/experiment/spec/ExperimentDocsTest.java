package org.polycentric.experiment.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.ScenarioException;

/**
 * docs/EXPERIMENTS.md says what the loader does: its worked example loads as it says (10 points,
 * 50 runs), it names every key and kind, and its error messages are what the loader prints for the
 * worked example with the mistake made.
 */
class ExperimentDocsTest {
    private static final Path DOC = Path.of("docs/EXPERIMENTS.md");

    @TempDir
    Path dir;

    private final ExperimentLoader loader = new ExperimentLoader(RuleCatalogue.STANDARD);
    private String doc;
    private List<String> example;
    private Path file;

    @BeforeEach
    void setUp() throws IOException {
        doc = Files.readString(DOC);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        example = List.of(doc.substring(start, doc.indexOf("```", start)).split("\n"));
        Path scenarios = Files.createDirectories(dir.resolve("scenarios"));
        Files.copy(Path.of("scenarios/baseline.json"), scenarios.resolve("baseline.json"));
        file = Files.createDirectories(dir.resolve("experiments")).resolve("my-first-sweep.json");
    }

    @Test
    void theWorkedExampleLoadsAsTheTextSays() throws IOException, ScenarioException {
        Files.write(file, example);
        LoadedExperiment e = loader.load(file);
        System.out.printf("worked example: %d points, %d runs%n", e.spec().points(), e.spec().runs());
        assertEquals(10, e.spec().points());
        assertEquals(50, e.spec().runs());
        assertEquals(2050, e.scenario().value().time().endYear());
    }

    @Test
    void everyKeyAndKindIsDocumented() {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : List.of(ExperimentSpec.class, ParameterSpec.class, DesignSpec.class, OutcomeSpec.class)) {
            for (RecordComponent c : type.getRecordComponents()) {
                if (!doc.contains("`" + c.getName() + "`")) {
                    missing.add(type.getSimpleName() + "." + c.getName());
                }
            }
        }
        for (Class<?> kinds : List.of(DesignSpec.Kind.class, OutcomeSpec.Kind.class)) {
            for (Object k : kinds.getEnumConstants()) {
                String json = Arrays.stream(kinds.getFields()).filter(f -> f.getName().equals(((Enum<?>) k).name()))
                        .findFirst().orElseThrow().getAnnotation(JsonProperty.class).value();
                if (!doc.contains("`" + json + "`")) {
                    missing.add(kinds.getSimpleName() + " " + json);
                }
            }
        }
        assertTrue(missing.isEmpty(), "not in docs/EXPERIMENTS.md: " + missing);
    }

    /** The loader's message for the worked example with {@code from} replaced by {@code to} on line {@code line}. */
    private String mistake(int line, String from, String to) throws IOException {
        List<String> lines = new ArrayList<>(example);
        assertTrue(lines.get(line - 1).contains(from), "line " + line + " holds " + from);
        lines.set(line - 1, lines.get(line - 1).replace(from, to));
        Files.write(file, lines);
        String m = assertThrows(ScenarioException.class, () -> loader.load(file)).getMessage();
        return m.replace(file.toString(), "experiments/my-first-sweep.json");
    }

    @Test
    void theErrorMessagesAreWhatTheLoaderPrints() throws IOException {
        List<String> produced = List.of(
                mistake(7, "\"replications\"", "\"replication\""),
                mistake(14, "\"pledged_share\"", "\"pledged_shares\""),
                mistake(9, "weight\"", "wieght\""),
                mistake(9, "\"min\": 0.02", "\"min\": -0.1"),
                mistake(10, "\"rules.networkRecruitment.enabled\", \"values\": [true, false]",
                        "\"world.cities\", \"min\": 1000, \"max\": 5000"),
                mistake(16, "\"pledged_share\"", "\"pledged_count\""),
                mistake(14, "2030 }", "2070 }"));
        String section = doc.substring(doc.indexOf("## Error messages"));
        List<String> shown = section.lines().filter(l -> l.startsWith("    ")).map(String::strip).toList();
        produced.forEach(System.out::println);
        assertEquals(produced, shown);
    }
}
