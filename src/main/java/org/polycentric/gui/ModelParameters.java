package org.polycentric.gui;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.polycentric.experiment.RunService;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.params.BodyKind;
import org.polycentric.params.RuleParams;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioFiles;
import org.polycentric.scenario.WorldSpec;
import sim.util.Interval;
import sim.util.Properties;

/**
 * What the Console's Model tab shows: a scenario picker, the parameters the rule catalogue offers
 * (sliders with their ranges, boxes that switch rules) and a one-line explanation each (the label's
 * tooltip, and the guide in docs/). A change becomes a {@code --set} override: the scenario file is loaded
 * again with it and handed to the model, which uses it from its next start, so pressing play again
 * reruns from the start. Picking another scenario loads that file with the command line's overrides
 * and drops the slider changes. A value the scenario rejects leaves everything as it was and says why
 * on the Message line. Without a file to reload (a window built from a Scenario object) the values
 * are read-only.
 */
public final class ModelParameters {

    /** Loads a scenario file with overrides ("path=value"). */
    @FunctionalInterface
    public interface Loader {
        Scenario load(Path file, List<String> overrides) throws ScenarioException;
    }

    /**
     * A row of the Model tab: its label, its one-line explanation (the label's tooltip), its type,
     * how to read it, its range ({@code domX()} in MASON's terms: an Interval, names, or null) and,
     * when the row can be changed, how to change it.
     */
    record Row(String label, String explanation, Class<?> type, Supplier<Object> value, Supplier<Object> domain,
               Consumer<Object> change) {
        boolean writable() {
            return change != null;
        }
    }

    private final RuleCatalogue catalogue;
    private final Loader loader;
    private final Consumer<Scenario> apply;
    private final List<Path> files;
    private final String[] labels;
    private final List<String> commandLine;
    private final Map<String, String> changes = new LinkedHashMap<>();
    private int chosen;
    private Scenario scenario;
    /** The picked file as loaded with the command line's overrides alone. */
    private Scenario pristine;
    private long runSeed;
    private int replication;
    private String message = "hover over a name for what it does; change a value, then stop and play";

    /** Read-only parameters of a scenario without a file. */
    ModelParameters(Scenario scenario, long runSeed) {
        this(scenario, runSeed, null, List.of(), List.of(), null);
        message = "read-only: open the window with a scenario file to change values";
    }

    /**
     * Parameters of {@code file} loaded with {@code commandLine} overrides; {@code apply} receives
     * every scenario a change loads (on the thread that made the change).
     */
    ModelParameters(Scenario scenario, long runSeed, Path file, List<String> commandLine, Loader loader,
                    Consumer<Scenario> apply) {
        this(scenario, runSeed, loader, file == null ? List.of() : ScenarioFiles.around(file), commandLine, apply);
        Path self = file == null ? null : file.toAbsolutePath().normalize();
        chosen = Math.max(0, files.indexOf(self));
    }

    private ModelParameters(Scenario scenario, long runSeed, Loader loader, List<Path> files, List<String> commandLine,
                            Consumer<Scenario> apply) {
        this.catalogue = RuleCatalogue.STANDARD;
        this.scenario = scenario;
        this.pristine = scenario;
        this.runSeed = runSeed;
        this.loader = loader;
        this.apply = apply;
        this.files = List.copyOf(files);
        this.commandLine = List.copyOf(commandLine);
        Path folder = files.isEmpty() ? null : ScenarioFiles.folderOf(files.get(0));
        this.labels = files.stream().map(f -> ScenarioFiles.label(folder, f)).toArray(String[]::new);
    }

    /** Called when the model takes a new seed (e.g. another scenario's). */
    void setRunSeed(long seed) {
        runSeed = seed;
    }

    /** Which replication of {@code run} the window shows. */
    void setReplication(int replication) {
        this.replication = replication;
    }

    /** The run seed as the user gave it and the replication, or the model's own seed if it is not one of them. */
    private String runSeedText() {
        return runSeed == RunService.replicationSeed(scenario, replication)
                ? scenario.seed() + ", replication " + replication
                : runSeed + " (set in the Console)";
    }

    /** "baseline" or "baseline with rules.x=1, ...": what the next run is, for chart captions. */
    String describeRun() {
        List<String> sets = new ArrayList<>(commandLine);
        sets.addAll(changes.values());
        return sets.isEmpty() ? scenario.name() : scenario.name() + " with " + String.join(", ", sets);
    }

    /** The Model tab's rows in order, with their labels and explanations. */
    Properties properties() {
        return new RowProperties(rows());
    }

    /**
     * The Model tab, top to bottom: the scenario picker, the message line, period and seed, then the
     * controls the rule catalogue lists (in catalogue order), then the climate fund's budget.
     */
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Scenario", "Pick a shipped scenario; press stop, then play, to run it", int.class,
                () -> chosen, () -> labels.length == 0 ? new String[] {scenario.name()} : labels.clone(),
                writable(v -> pick((Integer) v))));
        rows.add(new Row("Message", "What the last change did, or why it was refused", String.class,
                () -> message, () -> null, null));
        rows.add(new Row("Period", "First and last year, and steps per year", String.class,
                () -> scenario.time().startYear() + "-" + scenario.time().endYear() + ", "
                        + scenario.time().stepsPerYear() + " steps a year", () -> null, null));
        rows.add(new Row("Run seed",
                "Seed of this run: the replication 'polycentric run' gives with it (gui --replication, default 0)",
                String.class, this::runSeedText, () -> null, null));
        for (RuleCatalogue.Entry<?> entry : catalogue.entries()) {
            for (RuleCatalogue.Control control : entry.controls()) {
                rows.add(controlRow(entry.key(), control));
            }
        }
        rows.add(new Row("North-South finance (M8)", "Yearly city budget of the climate fund, million USD (0 with no fund)",
                double.class, this::fundBudget, () -> new Interval(0.0, 4000.0),
                writable(v -> setFundBudget(((Number) v).doubleValue()))));
        return rows;
    }

    private Consumer<Object> writable(Consumer<Object> change) {
        return loader == null ? null : change;
    }

    /** A row for a catalogue control: a slider over a rule's parameter, or a box switching rules. */
    private Row controlRow(String key, RuleCatalogue.Control control) {
        if (control.isSwitch()) {
            return new Row(control.label(), control.explanation(), boolean.class, () -> {
                boolean on = ruleParameter(key, "enabled").equals(Boolean.TRUE);
                for (String other : control.together()) {
                    on |= ruleParameter(other, "enabled").equals(Boolean.TRUE);
                }
                return on;
            }, () -> null, writable(v -> {
                List<String> sets = new ArrayList<>();
                sets.add("rules." + key + ".enabled=" + v);
                control.together().forEach(other -> sets.add("rules." + other + ".enabled=" + v));
                change(sets.toArray(String[]::new));
            }));
        }
        return new Row(control.label(), control.explanation(), double.class,
                () -> ((Number) ruleParameter(key, control.parameter())).doubleValue(),
                () -> new Interval(control.min(), control.max()),
                writable(v -> change("rules." + key + "." + control.parameter() + "=" + ((Number) v).doubleValue())));
    }

    /** A rule's parameter in the current scenario, read from its record by name. */
    private Object ruleParameter(String key, String parameter) {
        RuleParams params = scenario.rules().get(key, RuleParams.class);
        for (RecordComponent component : params.getClass().getRecordComponents()) {
            if (component.getName().equals(parameter)) {
                try {
                    return component.getAccessor().invoke(params);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read rules." + key + "." + parameter, e);
                }
            }
        }
        throw new IllegalStateException("rules." + key + " has no parameter " + parameter);
    }

    /**
     * Sets a row's value as the Model tab would (tests and the screenshot tool use it).
     *
     * @throws IllegalArgumentException if no row has this label or it cannot be changed
     */
    void set(String label, Object value) {
        for (Row row : rows()) {
            if (row.label().equals(label)) {
                if (!row.writable()) {
                    throw new IllegalArgumentException(label + " cannot be changed");
                }
                row.change().accept(value);
                return;
            }
        }
        throw new IllegalArgumentException("no row " + label);
    }

    /** The names of the scenarios the picker offers, in its order. */
    List<String> scenarioNames() {
        return labels.length == 0 ? List.of(scenario.name()) : List.of(labels);
    }

    /** A row's current value, by label. */
    Object get(String label) {
        for (Row row : rows()) {
            if (row.label().equals(label)) {
                return row.value().get();
            }
        }
        throw new IllegalArgumentException("no row " + label);
    }

    /** Applies changes of several paths at once; a scenario that rejects them leaves all as it was. */
    private void change(String... pathValues) {
        if (loader == null) {
            message = "read-only: open the window with a scenario file to change values";
            return;
        }
        Map<String, String> before = new LinkedHashMap<>(changes);
        for (String pathValue : pathValues) {
            changes.put(pathValue.substring(0, pathValue.indexOf('=')), pathValue);
        }
        try {
            List<String> all = new ArrayList<>(commandLine);
            all.addAll(changes.values());
            scenario = loader.load(files.get(chosen), all);
            if (scenario.equals(pristine)) {
                changes.clear(); // every slider back where the file has it
            }
            apply.accept(scenario);
            message = "stop, then play, to run with " + String.join(", ", pathValues);
        } catch (ScenarioException e) {
            changes.clear();
            changes.putAll(before);
            message = "refused: " + firstLine(e.getMessage());
        }
    }

    private void pick(int index) {
        if (loader == null || index < 0 || index >= files.size() || index == chosen) {
            return;
        }
        try {
            Scenario picked = loader.load(files.get(index), commandLine);
            chosen = index;
            changes.clear();
            scenario = picked;
            pristine = picked;
            apply.accept(scenario);
            message = "stop, then play, to run " + labels[index];
        } catch (ScenarioException e) {
            message = "refused " + labels[index] + ": " + firstLine(e.getMessage());
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    /** Index of the first climate fund among the world's bodies, or -1. */
    private int fund() {
        List<WorldSpec.BodySpec> bodies = scenario.world().supranational();
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).kind() == BodyKind.FUND) {
                return i;
            }
        }
        return -1;
    }

    private double fundBudget() {
        int f = fund();
        return f < 0 ? 0 : scenario.world().supranational().get(f).budgetPerYear();
    }

    private void setFundBudget(double v) {
        int f = fund();
        if (f < 0) {
            message = "this scenario has no climate fund";
            return;
        }
        change("world.supranational[" + f + "].budgetPerYear=" + v);
    }
}
