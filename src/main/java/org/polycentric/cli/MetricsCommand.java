package org.polycentric.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.polycentric.experiment.RunService;
import org.polycentric.model.Polycentric;
import org.polycentric.model.metrics.Metric;
import org.polycentric.model.metrics.SeriesKey;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code polycentric metrics}: every metric the recorder writes, from {@link Metric} itself, and the
 * groups the recorder makes for each scope, read from a recorder over a scenario's world (the
 * shipped baseline's by default), so that the names are the ones a run writes.
 */
@Command(name = "metrics", mixinStandardHelpOptions = true, versionProvider = PolycentricCommand.Version.class,
        header = "Lists every metric with its unit, scope, meaning and groups.",
        description = {"The metrics of timeseries.csv and summary.csv (docs/METRICS.md has",
                "their formulas) and the groups of each scope, as the world of SCENARIO",
                "(default: the shipped baseline) names them: 'chart --metric M --group G'",
                "takes these names."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:internal error (please report)",
                "2:bad input: a scenario value, or no SCENARIO and no shipped baseline"})
final class MetricsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = {"Scenario whose bloc and network groups to list",
                    "(default: the shipped scenarios/baseline.json)."})
    private Path scenarioFile;

    @Spec
    private CommandSpec spec;

    @ParentCommand
    private PolycentricCommand parent;

    @Override
    public Integer call() {
        ShippedScenarios shipped = parent.shipped();
        Path file = scenarioFile != null ? scenarioFile : shipped.baseline().orElseThrow(() -> new BadInputException(
                "polycentric metrics: no shipped " + ShippedScenarios.BASELINE + " in " + shipped.whereLooked()
                        + "; name a scenario: polycentric metrics SCENARIO", null));
        Map<Metric.Scope, List<String>> groups = groupsByScope(file, shipped);

        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"metric", "unit", "scope", "description"});
        for (Metric m : Metric.values()) {
            rows.add(new String[] {m.id(), m.unit(), scopeName(m.scope()), m.description()});
        }
        int[] width = new int[3];
        for (String[] row : rows) {
            for (int c = 0; c < width.length; c++) {
                width[c] = Math.max(width[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            out.println(String.format("%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s",
                    (Object[]) row));
        }
        out.println();
        out.println("Groups of each scope, as the world of " + shipped.shown(file).toString().replace('\\', '/')
                + " names them:");
        int scopeWidth = groups.keySet().stream().mapToInt(s -> scopeName(s).length()).max().orElse(0);
        for (Map.Entry<Metric.Scope, List<String>> scope : groups.entrySet()) {
            List<String> names = scope.getValue();
            out.println(String.format("  %-" + scopeWidth + "s  %s", scopeName(scope.getKey()),
                    names.isEmpty() ? "(none: this world has no city networks)" : String.join(", ", names)));
        }
        out.println();
        out.println("bloc_<name>: one group per bloc of the world's regions and great powers (the");
        out.println("regions' blocs in region order, then the great powers'). Network groups are the");
        out.println("networks' names (world.networks[i].name), one per network.");
        return PolycentricCommand.OK;
    }

    /**
     * The groups of each scope in series order, from the recorder of replication 0's world as a run
     * builds it: the names come from the recorder itself, not from a copy of its rules.
     */
    private static Map<Metric.Scope, List<String>> groupsByScope(Path file, ShippedScenarios shipped) {
        RunService service = RunService.standard();
        Scenario scenario = ScenarioInput.load(service, file, List.of(), shipped).value();
        Polycentric model = service.model(scenario, 0);
        try {
            model.start();
        } catch (InvalidValueException e) {
            throw new BadInputException(file + ": " + e.field() + ": " + e.getMessage(), e);
        }
        Map<Metric.Scope, List<String>> groups = new LinkedHashMap<>();
        for (Metric.Scope scope : Metric.Scope.values()) {
            groups.put(scope, new ArrayList<>());
        }
        Map<String, Metric.Scope> scopeOf = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            scopeOf.put(m.id(), m.scope());
        }
        Map<Metric.Scope, String> firstMetric = new LinkedHashMap<>();
        for (SeriesKey key : model.recorder().table().series()) {
            Metric.Scope scope = scopeOf.get(key.metric());
            if (firstMetric.computeIfAbsent(scope, s -> key.metric()).equals(key.metric())) {
                groups.get(scope).add(key.group());
            }
        }
        model.finish();
        return groups;
    }

    private static String scopeName(Metric.Scope scope) {
        return scope.name().toLowerCase(Locale.ROOT);
    }
}
