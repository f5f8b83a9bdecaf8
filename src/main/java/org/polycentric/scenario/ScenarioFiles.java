package org.polycentric.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The scenario files a user can pick from: every {@code *.json} under the scenario folder of an
 * opened file (its nearest ancestor folder named {@code scenarios}, subfolders included), or, for
 * a file elsewhere, the {@code *.json} files beside it (not below: that could be a whole home
 * folder); sorted by path, the opened file always among them. A folder that cannot be read gives
 * the opened file alone.
 */
public final class ScenarioFiles {
    public static final String FOLDER = "scenarios";

    private ScenarioFiles() {
    }

    /** The folder whose scenarios are listed for {@code opened}. */
    public static Path folderOf(Path opened) {
        Path folder = scenariosFolder(opened);
        return folder != null ? folder : opened.toAbsolutePath().normalize().getParent();
    }

    private static Path scenariosFolder(Path opened) {
        for (Path p = opened.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
            if (p.getFileName() != null && p.getFileName().toString().equals(FOLDER)) {
                return p;
            }
        }
        return null;
    }

    /** The scenario files next to {@code opened} (see the class comment), as absolute paths. */
    public static List<Path> around(Path opened) {
        Path folder = folderOf(opened);
        int depth = scenariosFolder(opened) != null ? Integer.MAX_VALUE : 1;
        Path self = opened.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(folder, depth)) {
            all.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
                    .map(p -> p.toAbsolutePath().normalize())
                    .sorted()
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            files.clear(); // an unreadable folder: the opened file alone
        }
        if (!files.contains(self)) {
            files.add(0, self);
        }
        return files;
    }

    /** How a picker names a file: its path under the scenario folder without ".json", e.g. "docking/bass". */
    public static String label(Path folder, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        String name = abs.startsWith(base) ? base.relativize(abs).toString() : abs.getFileName().toString();
        name = name.replace('\\', '/');
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
