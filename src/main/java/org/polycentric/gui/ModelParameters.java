package org.polycentric.gui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.ScenarioException;
import sim.util.Interval;

/**
 * What the Console's Model tab shows: the scenario's main parameters with slider ranges
 * ({@code domX()}). A change becomes a {@code --set} override: the scenario is loaded again from its
 * file with it and handed to the model, which uses it from the next start, so pressing play again
 * reruns from the start. Without a file to reload (a window built from a Scenario object) the values
 * are read-only.
 */
public final class ModelParameters {

    /** Loads the scenario again with extra overrides ("path=value"). */
    @FunctionalInterface
    public interface Reloader {
        Scenario reload(List<String> overrides) throws ScenarioException;
    }

    private final Reloader reloader;
    private final Consumer<Scenario> apply;
    private final Map<String, String> overrides = new LinkedHashMap<>();
    private Scenario scenario;

    ModelParameters(Scenario scenario, Reloader reloader, Consumer<Scenario> apply) {
        this.scenario = scenario;
        this.reloader = reloader;
        this.apply = apply;
    }

    /** Applies one change; a value the scenario rejects is dropped and the last good scenario kept. */
    private void change(String path, Object value) {
        if (reloader == null) {
            return;
        }
        String previous = overrides.put(path, path + "=" + value);
        try {
            scenario = reloader.reload(new ArrayList<>(overrides.values()));
            apply.accept(scenario);
        } catch (ScenarioException e) {
            if (previous == null) {
                overrides.remove(path);
            } else {
                overrides.put(path, previous);
            }
        }
    }

    public String getScenario() { return scenario.name(); }

    public String getHowToChange() {
        return reloader == null ? "read-only: start with --set PATH=VALUE to change"
                : "move a slider, then press stop and play: the run restarts with it";
    }

    public long getScenarioSeed() { return scenario.seed(); }

    public String getPeriod() {
        return scenario.time().startYear() + "-" + scenario.time().endYear()
                + ", " + scenario.time().stepsPerYear() + " steps a year";
    }

    /** Imitation along city ties and networks (M3). */
    public double getPeerInfluenceWeight() { return scenario.rules().peerInfluence().weight(); }
    public void setPeerInfluenceWeight(double v) { change("rules.peerInfluence.weight", v); }
    public Object domPeerInfluenceWeight() { return new Interval(0.0, 0.4); }

    /** City networks recruit members (switch off: the no-city-networks counterfactual). */
    public boolean getNetworkRecruitmentEnabled() { return scenario.rules().networkRecruitment().enabled(); }
    public void setNetworkRecruitmentEnabled(boolean on) { change("rules.networkRecruitment.enabled", on); }

    /** Pull of supranational campaigns and summits (M5). */
    public double getCampaignsWeight() { return scenario.rules().campaigns().weight(); }
    public void setCampaignsWeight(double v) { change("rules.campaigns.weight", v); }
    public Object domCampaignsWeight() { return new Interval(0.0, 0.15); }

    /** Pull of a supportive nation and its net-zero target (M6). */
    public double getNationalContextWeight() { return scenario.rules().nationalContext().weight(); }
    public void setNationalContextWeight(double v) { change("rules.nationalContext.weight", v); }
    public Object domNationalContextWeight() { return new Interval(0.0, 0.1); }

    /** Great-power rivalry at the start: discounts ties and finance between rival blocs (M7). */
    public double getRivalry() { return scenario.rules().greatPowerInterference().rivalry(); }
    public void setRivalry(double v) { change("rules.greatPowerInterference.rivalry", v); }
    public Object domRivalry() { return new Interval(0.0, 1.0); }

    /** How strongly low capacity holds cities back (M8). */
    public double getCapacityGamma() { return scenario.rules().capacityAndSupport().gamma(); }
    public void setCapacityGamma(double v) { change("rules.capacityAndSupport.gamma", v); }
    public Object domCapacityGamma() { return new Interval(0.0, 3.0); }
}
