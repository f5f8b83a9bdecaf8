package org.polycentric.output.charts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a comparison chart names its runs: a short legend entry each, and a caption that says in
 * full what each entry is.
 *
 * <p>A run's legend entry is its label ({@code run --label}) if it has one, else its scenario name
 * followed by its {@code --set} overrides in short form ({@code rules.peerInfluence.weight=0.2}
 * becomes {@code peerInfluence.weight=0.2}), leaving out those every compared run shares: so two
 * runs of one scenario with different overrides differ in the legend by exactly what differs.
 * Entries that are still the same get {@code " (seed N)"} when that tells them apart, or else are
 * numbered ({@code " (2)"}, {@code " (3)"}, ... in the order given), and the caption then names
 * their folders.
 */
final class RunNames {
    /** A legend entry longer than this is cut (the caption has it in full). */
    static final int MAX_LEGEND = 60;
    private static final String CUT = "...";
    private static final String BANDS = "; lines: mean, bands: 95% CI";
    /** {@code first.rest} where rest has a dot or an index of its own: the first key can go. */
    private static final Pattern LONG_PATH = Pattern.compile("[^.\\[\\]]+\\.([^.\\[\\]]+[.\\[].*)");

    private final List<RunFolderData> runs;
    /** Runs told apart by a number: the caption names their folders. */
    private final Set<Integer> numbered = new HashSet<>();
    private final List<String> legends;

    private RunNames(List<RunFolderData> runs) {
        this.runs = List.copyOf(runs);
        this.legends = List.copyOf(name());
    }

    static RunNames of(List<RunFolderData> runs) {
        return new RunNames(runs);
    }

    /** The legend entry of each run, in the order given; no two the same. */
    List<String> legends() {
        return legends;
    }

    private List<String> name() {
        List<String> names = new ArrayList<>();
        Set<String> shared = sharedOverrides();
        for (RunFolderData run : runs) {
            names.add(base(run.info(), shared, true));
        }
        // shortening the paths may have made two different overrides the same: spell those out
        for (int r : repeated(names)) {
            names.set(r, base(runs.get(r).info(), shared, false));
        }
        for (List<Integer> group : groups(names).values()) {
            Set<Long> seeds = new HashSet<>();
            group.forEach(r -> seeds.add(runs.get(r).info().seed()));
            if (group.size() > 1 && seeds.size() == group.size()) {
                group.forEach(r -> names.set(r, names.get(r) + " (seed " + runs.get(r).info().seed() + ")"));
            }
        }
        Set<String> taken = new HashSet<>(names);
        for (List<Integer> group : groups(names).values()) {
            int n = 2;
            for (int k = 1; k < group.size(); k++) {
                int r = group.get(k);
                String numberedName;
                do {
                    numberedName = names.get(r) + " (" + n++ + ")";
                } while (taken.contains(numberedName));
                taken.add(numberedName);
                names.set(r, numberedName);
                numbered.add(group.get(0));
                numbered.add(r);
            }
        }
        return names;
    }

    /**
     * What the runs are: each legend entry that leaves something out, with what: the scenario and
     * the overrides that not every run has, in full; the folder where a number tells runs apart;
     * replications and seed when the runs differ in them. Then what all runs share: overrides,
     * replications and seed. Runs all named by their scenario alone make the short form
     * {@code Scenarios a, b; 10 replications each, seed 42}.
     */
    String caption() {
        Set<Integer> replications = new HashSet<>();
        Set<Long> seeds = new HashSet<>();
        runs.forEach(run -> replications.add(run.info().replications()));
        runs.forEach(run -> seeds.add(run.info().seed()));
        boolean sameRuns = replications.size() == 1 && seeds.size() == 1;
        Set<String> shared = sharedOverrides();
        List<String> entries = new ArrayList<>();
        boolean bare = true;
        for (int r = 0; r < runs.size(); r++) {
            RunFolderData.RunInfo info = runs.get(r).info();
            List<String> own = ownOverrides(info, shared);
            List<String> parts = new ArrayList<>();
            if (info.label() != null || !own.isEmpty() || !legends.get(r).startsWith(info.scenario())) {
                parts.add("scenario " + info.scenario()
                        + (own.isEmpty() ? "" : " with --set " + String.join(", ", own)));
            }
            if (numbered.contains(r)) {
                parts.add("folder " + RunCharts.folderName(runs.get(r)));
            }
            if (!sameRuns) {
                parts.add(replications(info.replications()) + ", seed " + info.seed());
            }
            bare &= parts.isEmpty();
            entries.add(legends.get(r) + (parts.isEmpty() ? "" : ": " + String.join(", ", parts)));
        }
        StringBuilder caption = new StringBuilder(bare ? "Scenarios " + String.join(", ", entries)
                : String.join("; ", entries));
        if (!shared.isEmpty()) {
            caption.append("; all runs with --set ").append(String.join(", ", shared));
        }
        if (sameRuns) {
            RunFolderData.RunInfo first = runs.get(0).info();
            caption.append("; ").append(replications(first.replications())).append(" each, seed ").append(first.seed());
        }
        return caption.append(replications.stream().anyMatch(n -> n > 1) ? BANDS : "").append('.').toString();
    }

    /** The run's overrides that not every run has, as written (surrounding spaces aside). */
    private static List<String> ownOverrides(RunFolderData.RunInfo info, Set<String> shared) {
        return info.overrides().stream().map(String::strip).filter(o -> !shared.contains(o)).toList();
    }

    /**
     * An override as a legend shows it: {@code path=value} with the path's first key left out when
     * what remains is still a path of its own ({@code rules.peerInfluence.weight} becomes
     * {@code peerInfluence.weight}; {@code world.cities} and {@code events[0].year} stay).
     */
    static String shortOverride(String override) {
        int eq = override.indexOf('=');
        if (eq < 0) {
            return override.strip();
        }
        String path = override.substring(0, eq).strip();
        Matcher m = LONG_PATH.matcher(path);
        return (m.matches() ? m.group(1) : path) + "=" + override.substring(eq + 1).strip();
    }

    /** Label, or scenario and the overrides not every run has; cut to {@link #MAX_LEGEND}. */
    private static String base(RunFolderData.RunInfo info, Set<String> shared, boolean shortPaths) {
        if (info.label() != null) {
            return cut(info.label());
        }
        StringBuilder name = new StringBuilder(info.scenario());
        for (String override : ownOverrides(info, shared)) {
            name.append(", ").append(shortPaths ? shortOverride(override) : override);
        }
        return cut(name.toString());
    }

    private static String cut(String name) {
        return name.length() <= MAX_LEGEND ? name : name.substring(0, MAX_LEGEND - CUT.length()).strip() + CUT;
    }

    /** The overrides every run has (as written, surrounding spaces aside). */
    private Set<String> sharedOverrides() {
        Set<String> shared = null;
        for (RunFolderData run : runs) {
            Set<String> these = new LinkedHashSet<>();
            run.info().overrides().forEach(o -> these.add(o.strip()));
            if (shared == null) {
                shared = these;
            } else {
                shared.retainAll(these);
            }
        }
        return shared == null ? Set.of() : shared;
    }

    private static List<Integer> repeated(List<String> names) {
        List<Integer> repeated = new ArrayList<>();
        for (List<Integer> group : groups(names).values()) {
            if (group.size() > 1) {
                repeated.addAll(group);
            }
        }
        return repeated;
    }

    /** Run indices by name, in the order given. */
    private static Map<String, List<Integer>> groups(List<String> names) {
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int r = 0; r < names.size(); r++) {
            groups.computeIfAbsent(names.get(r), n -> new ArrayList<>()).add(r);
        }
        return groups;
    }

    private static String replications(int n) {
        return n + " replication" + (n == 1 ? "" : "s");
    }
}
