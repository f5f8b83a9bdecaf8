package org.polycentric.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.polycentric.scenario.ScenarioFiles;

/**
 * Where the shipped scenarios are, wherever the user stands: the {@code scenarios/} folder of the
 * working folder, or else that of the installation. The launcher runs
 * {@code java -jar <root>/target/polycentric.jar} from the user's folder, so the installation's root
 * is two levels above the jar (and, run from the build's classes, two above {@code target/classes}).
 */
final class ShippedScenarios {
    static final String BASELINE = "baseline.json";
    private static final String EXTENSION = ".json";

    private final Path workingDir;
    /** The installation's root, or null when it cannot be told (e.g. classes loaded from elsewhere). */
    private final Path installRoot;

    /** @param workingDir where relative names are looked up and what shown paths are relative to */
    ShippedScenarios(Path workingDir, Path installRoot) {
        this.workingDir = workingDir.toAbsolutePath().normalize();
        this.installRoot = installRoot == null ? null : installRoot.toAbsolutePath().normalize();
    }

    /** Two levels above the jar or the classes folder holding this class; null if not on a file system. */
    static Path installRoot() {
        try {
            CodeSource source = ShippedScenarios.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return null;
            }
            Path location = Path.of(source.getLocation().toURI()).toAbsolutePath().normalize();
            Path target = location.getParent();
            return target == null ? null : target.getParent();
        } catch (URISyntaxException | IllegalArgumentException | SecurityException | FileSystemNotFoundException e) {
            return null;
        }
    }

    /** The folders to look in, in order: the working folder's scenarios/, then the installation's. */
    private List<Path> folders() {
        List<Path> folders = new ArrayList<>();
        folders.add(workingDir.resolve(ScenarioFiles.FOLDER));
        if (installRoot != null && !folders.contains(installRoot.resolve(ScenarioFiles.FOLDER))) {
            folders.add(installRoot.resolve(ScenarioFiles.FOLDER));
        }
        return folders;
    }

    /** The first of {@link #folders()} that exists. */
    Optional<Path> folder() {
        return folders().stream().filter(Files::isDirectory).findFirst();
    }

    /** Where the folder was looked for, for a message when there is none. */
    String whereLooked() {
        return String.join(" and ", folders().stream().map(Path::toString).toList());
    }

    /** The shipped baseline: scenarios/baseline.json of the working folder, else of the installation. */
    Optional<Path> baseline() {
        return folders().stream().map(f -> f.resolve(BASELINE)).filter(Files::isRegularFile).findFirst();
    }

    /** Every {@code *.json} under {@link #folder()}, subfolders included, sorted by path. */
    List<Path> files() throws IOException {
        Optional<Path> folder = folder();
        if (folder.isEmpty()) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(folder.get())) {
            return all.filter(p -> p.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(p))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * A scenario file the user probably meant by {@code missing}, a file that does not exist: the
     * name with {@code .json} added, or under the scenario folders (of the working folder, then of
     * the installation), with or without {@code .json}; e.g. {@code baseline} for
     * {@code scenarios/baseline.json}, or {@code scenarios/baseline.json} typed in another folder
     * for the installation's.
     */
    Optional<Path> suggestionFor(Path missing) {
        if (missing.isAbsolute() || missing.getFileName() == null || Files.exists(workingDir.resolve(missing))) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        names.add(missing.toString());
        if (!missing.getFileName().toString().contains(".")) {
            names.add(missing + EXTENSION);
        }
        List<Path> bases = new ArrayList<>();
        bases.add(workingDir);
        bases.add(workingDir.resolve(ScenarioFiles.FOLDER));
        if (installRoot != null) {
            bases.add(installRoot);
            bases.add(installRoot.resolve(ScenarioFiles.FOLDER));
        }
        for (Path base : bases) {
            for (String name : names) {
                try {
                    Path candidate = base.resolve(name).normalize();
                    if (Files.isRegularFile(candidate)) {
                        return Optional.of(candidate);
                    }
                } catch (InvalidPathException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** A path as the user would type it here: relative inside the working folder, else absolute. */
    Path shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return absolute.startsWith(workingDir) ? workingDir.relativize(absolute) : absolute;
    }
}
