package org.polycentric;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The habits of STYLE.md that a scan of the sources can keep. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/polycentric");
    private static final Pattern IO = Pattern.compile(
            "^import (java\\.io\\.|java\\.nio\\.file\\.|javax\\.swing\\.|java\\.awt\\.)|System\\.(out|err)\\.",
            Pattern.MULTILINE);
    private static final Pattern FOREIGN_RANDOM = Pattern.compile(
            "Math\\.random\\(|new (java\\.util\\.)?Random\\(|ThreadLocalRandom|SplittableRandom");
    private static final Pattern LAYER_ABOVE = Pattern.compile(
            "^import org\\.polycentric\\.(cli|output|experiment|gui|world)\\.", Pattern.MULTILINE);

    private static List<Path> sources(String pkg) throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static List<String> offenders(List<Path> files, Pattern pattern) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path f : files) {
            if (pattern.matcher(Files.readString(f)).find()) {
                bad.add(f.toString());
            }
        }
        return bad;
    }

    @Test
    void modelNeverTouchesFilesConsoleOrSwing() throws IOException {
        List<String> bad = offenders(sources("model"), IO);
        assertTrue(bad.isEmpty(), "model code doing I/O: " + bad);
    }

    @Test
    void modelDoesNotDependOnTheLayersAboveIt() throws IOException {
        List<String> bad = offenders(sources("model"), LAYER_ABOVE);
        assertTrue(bad.isEmpty(), "model importing cli/output/experiment/gui/world: " + bad);
    }

    @Test
    void allRandomnessComesFromMason() throws IOException {
        List<String> bad = offenders(sources(""), FOREIGN_RANDOM);
        assertTrue(bad.isEmpty(), "randomness outside MersenneTwisterFast: " + bad);
    }
}
