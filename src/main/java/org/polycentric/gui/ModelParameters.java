package org.polycentric.gui;

import org.polycentric.params.BodyKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import org.polycentric.scenario.ScenarioFiles;
import org.polycentric.scenario.WorldSpec;
import sim.util.Interval;
import sim.util.Properties;

/**
 * What the Console's Model tab shows: a scenario picker, the scenario's main parameters with slider
 * ranges (MASON's {@code domX()} convention) and a one-line explanation each (the label's tooltip,
 * and the guide in docs/). A change becomes a {@code --set} override: the scenario file is loaded
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

    /** A row of the Model tab: the bean property behind it, the label it shows and its explanation. */
    private static OrderedProperties.Row row(String property, String label, String explanation) {
        return new OrderedProperties.Row(property, label, explanation);
    }

    /** The Model tab, top to bottom. */
    static final List<OrderedProperties.Row> ROWS = List.of(
            row("ScenarioFile", "Scenario", "Pick a shipped scenario; press stop, then play, to run it"),
            row("Message", "Message", "What the last change did, or why it was refused"),
            row("Period", "Period", "First and last year, and steps per year"),
            row("RunSeed", "Run seed", "Seed of this run: the replication 'polycentric run' gives with it (gui --replication, default 0)"),
            row("PeerInfluenceWeight", "Peer influence (M3)",
                    "How strongly cities imitate pledged cities they are tied to (Rogers; Valente)"),
            row("CityNetworks", "City networks (M3)",
                    "Networks such as C40 and ICLEI recruit, set standards and mentor; untick for a world without them"),
            row("MentoringGain", "Network mentoring (M3, M8)",
                    "Capacity a South member gains each year from a North mentor in its network"),
            row("CampaignsWeight", "Campaigns and summits (M5)",
                    "Pull of supranational campaigns such as Race to Zero on the cities they reach"),
            row("NationalContextWeight", "National context (M6)",
                    "Pull of a supportive nation and its net-zero target on its cities"),
            row("Rivalry", "Great-power rivalry (M7)",
                    "Rivalry at the start: discounts ties, mentoring and finance between rival blocs"),
            row("PopulistTurnRate", "Populist turns (M7)",
                    "Yearly chance, scaled by a nation's populism, that it turns hostile for some years"),
            row("FundBudget", "North-South finance (M8)",
                    "Yearly city budget of the climate fund, million USD (0 with no fund)"),
            row("CapacityGamma", "Capacity barrier (M8)",
                    "How strongly low capacity holds a city back from pledging"),
            row("CarbonMarketWeight", "Carbon market (M10)",
                    "Pull of a national carbon price on cities: more pledges, faster cuts"));

    private final Loader loader;
    private final Consumer<Scenario> apply;
    private final List<Path> files;
    private final String[] labels;
    private final List<String> commandLine;
    private final Map<String, String> changes = new LinkedHashMap<>();
    private final Bean bean = new Bean();
    private int chosen;
    private Scenario scenario;
    /** The picked file as loaded with the command line's overrides alone. */
    private Scenario pristine;
    private long runSeed;
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

    /** "baseline" or "baseline with rules.x=1, ...": what the next run is, for chart captions. */
    String describeRun() {
        List<String> sets = new ArrayList<>(commandLine);
        sets.addAll(changes.values());
        return sets.isEmpty() ? scenario.name() : scenario.name() + " with " + String.join(", ", sets);
    }

    /** The Model tab's rows in order, with their labels and explanations. */
    Properties properties() {
        return new OrderedProperties(bean, ROWS, row -> loader != null);
    }

    /** The bean behind the Model tab (tests set values on it as the tab does). */
    Bean bean() {
        return bean;
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

    /**
     * The Model tab's properties, as MASON reads them: getX, setX and domX (a slider's range, or the
     * picker's names). The labels and explanations are in {@link #ROWS}.
     */
    public final class Bean {
        public int getScenarioFile() { return chosen; }
        public void setScenarioFile(int index) { pick(index); }
        public Object domScenarioFile() { return labels.length == 0 ? new String[] {scenario.name()} : labels.clone(); }

        public String getMessage() { return message; }
        public String getPeriod() {
            return scenario.time().startYear() + "-" + scenario.time().endYear()
                    + ", " + scenario.time().stepsPerYear() + " steps a year";
        }
        public long getRunSeed() { return runSeed; }

        public double getPeerInfluenceWeight() { return scenario.rules().peerInfluence().weight(); }
        public void setPeerInfluenceWeight(double v) { change("rules.peerInfluence.weight=" + v); }
        public Object domPeerInfluenceWeight() { return new Interval(0.0, 0.4); }

        public boolean getCityNetworks() {
            return scenario.rules().networkRecruitment().enabled() || scenario.rules().networkServices().enabled();
        }
        public void setCityNetworks(boolean on) {
            change("rules.networkRecruitment.enabled=" + on, "rules.networkServices.enabled=" + on);
        }

        public double getMentoringGain() { return scenario.rules().networkServices().mentoringGain(); }
        public void setMentoringGain(double v) { change("rules.networkServices.mentoringGain=" + v); }
        public Object domMentoringGain() { return new Interval(0.0, 0.12); }

        public double getCampaignsWeight() { return scenario.rules().campaigns().weight(); }
        public void setCampaignsWeight(double v) { change("rules.campaigns.weight=" + v); }
        public Object domCampaignsWeight() { return new Interval(0.0, 0.15); }

        public double getNationalContextWeight() { return scenario.rules().nationalContext().weight(); }
        public void setNationalContextWeight(double v) { change("rules.nationalContext.weight=" + v); }
        public Object domNationalContextWeight() { return new Interval(0.0, 0.1); }

        public double getRivalry() { return scenario.rules().greatPowerInterference().rivalry(); }
        public void setRivalry(double v) { change("rules.greatPowerInterference.rivalry=" + v); }
        public Object domRivalry() { return new Interval(0.0, 1.0); }

        public double getPopulistTurnRate() { return scenario.rules().greatPowerInterference().populistTurnRate(); }
        public void setPopulistTurnRate(double v) { change("rules.greatPowerInterference.populistTurnRate=" + v); }
        public Object domPopulistTurnRate() { return new Interval(0.0, 0.5); }

        public double getFundBudget() {
            int f = fund();
            return f < 0 ? 0 : scenario.world().supranational().get(f).budgetPerYear();
        }
        public void setFundBudget(double v) {
            int f = fund();
            if (f < 0) {
                message = "this scenario has no climate fund";
                return;
            }
            change("world.supranational[" + f + "].budgetPerYear=" + v);
        }
        public Object domFundBudget() { return new Interval(0.0, 4000.0); }

        public double getCapacityGamma() { return scenario.rules().capacityAndSupport().gamma(); }
        public void setCapacityGamma(double v) { change("rules.capacityAndSupport.gamma=" + v); }
        public Object domCapacityGamma() { return new Interval(0.0, 3.0); }

        public double getCarbonMarketWeight() { return scenario.rules().carbonMarket().weight(); }
        public void setCarbonMarketWeight(double v) { change("rules.carbonMarket.weight=" + v); }
        public Object domCarbonMarketWeight() { return new Interval(0.0, 0.15); }
    }

}
