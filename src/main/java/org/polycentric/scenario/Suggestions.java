package org.polycentric.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Did you mean" for a misspelt key or value: the allowed word nearest to what was written. Public
 * so that other files validated like scenarios (experiment files) word their hints the same way.
 */
public final class Suggestions {
    /** Farthest an allowed word may be (in edits) to be suggested. */
    static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /**
     * The allowed word nearest to {@code wrong}: one equal to it but for case, else the one fewest
     * edits away (insertions, deletions, substitutions, swaps of two neighbours), at most
     * {@link #MAX_DISTANCE} and no more than half the longer word; ties go to the first given. Null
     * when none is close.
     */
    public static String closest(String wrong, Collection<String> allowed) {
        if (wrong == null) {
            return null;
        }
        for (String a : allowed) {
            if (a.equalsIgnoreCase(wrong)) {
                return a;
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            int d = distance(w, a.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        if (best == null || bestDistance > MAX_DISTANCE || 2 * bestDistance > Math.max(wrong.length(), best.length())) {
            return null;
        }
        return best;
    }

    /** {@code "did you mean 'x'? "} for the closest allowed word, or {@code ""}. */
    public static String hint(String wrong, Collection<String> allowed) {
        String closest = closest(wrong, allowed);
        return closest == null ? "" : "did you mean '" + closest + "'? ";
    }

    /** {@code unknown key 'k'; [did you mean 'x'? ]allowed: a, b, c} with the keys sorted. */
    public static String unknownKey(String key, Collection<String> allowed) {
        Set<String> sorted = new TreeSet<>(allowed);
        return "unknown key '" + key + "'; " + hint(key, sorted)
                + "allowed: " + (sorted.isEmpty() ? "(none)" : String.join(", ", sorted));
    }

    /** Optimal string alignment distance: edits, counting a swap of two neighbours as one. */
    static int distance(String a, String b) {
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[n][m];
    }

    /**
     * "; did you mean 'x'?" for a JSON file beside the missing {@code missing} whose name is close
     * (names without {@code .json}), or "" when none is.
     */
    public static String siblingFileHint(Path missing) {
        Path dir = missing.getParent() == null ? Path.of(".") : missing.getParent();
        String wanted = missing.getFileName() == null ? "" : stem(missing.getFileName().toString());
        List<String> names = new ArrayList<>();
        try (var files = Files.list(dir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .forEach(n -> names.add(stem(n)));
        } catch (IOException | RuntimeException e) {
            return "";
        }
        String closest = closest(wanted, names);
        return closest == null ? "" : "; did you mean '" + closest + "'?";
    }

    private static String stem(String fileName) {
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - ".json".length()) : fileName;
    }
}
