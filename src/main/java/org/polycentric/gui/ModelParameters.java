package org.polycentric.gui;

import org.polycentric.scenario.Scenario;
import sim.util.Interval;

/**
 * What the Console's Model tab shows: the scenario's main parameters, with the ranges a slider
 * would offer ({@code domX()}). Read-only for now: the model's scenario is immutable, so a change
 * would mean rebuilding it from the file with --set overrides; until the GUI does that, change a
 * value with {@code polycentric gui SCENARIO --set rules.peerInfluence.weight=0.4}.
 */
public final class ModelParameters {
    private final Scenario scenario;

    ModelParameters(Scenario scenario) {
        this.scenario = scenario;
    }

    public String getScenario() { return scenario.name(); }

    public String getChangeParameters() { return "read-only here; start with --set PATH=VALUE to change"; }

    public long getScenarioSeed() { return scenario.seed(); }

    public String getPeriod() {
        return scenario.time().startYear() + "-" + scenario.time().endYear()
                + ", " + scenario.time().stepsPerYear() + " steps a year";
    }

    public double getPeerInfluenceWeight() { return scenario.rules().peerInfluence().weight(); }

    public Object domPeerInfluenceWeight() { return new Interval(0.0, 1.0); }

    public boolean getPeerInfluenceEnabled() { return scenario.rules().peerInfluence().enabled(); }

    public double getCampaignsWeight() { return scenario.rules().campaigns().weight(); }

    public Object domCampaignsWeight() { return new Interval(0.0, 1.0); }

    public boolean getCampaignsEnabled() { return scenario.rules().campaigns().enabled(); }

    public double getNationalContextWeight() { return scenario.rules().nationalContext().weight(); }

    public Object domNationalContextWeight() { return new Interval(0.0, 1.0); }

    public boolean getNationalContextEnabled() { return scenario.rules().nationalContext().enabled(); }

    public double getCapacityGamma() { return scenario.rules().capacityAndSupport().gamma(); }

    public Object domCapacityGamma() { return new Interval(0.0, 3.0); }
}
