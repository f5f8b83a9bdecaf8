package org.polycentric.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.polycentric.model.metrics.Recorder;
import org.polycentric.model.rules.Rule;
import org.polycentric.model.rules.RuleSet;
import org.polycentric.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Polycentric model: one run of a scenario. {@link #start()} builds the whole world from the
 * immutable scenario and schedules every tier, so the same object can run again and again; all
 * randomness comes from {@link #random}. The headless runner, the CLI and the GUI all drive this
 * same class.
 */
public final class Polycentric extends SimState {
    private static final long serialVersionUID = 1L;

    private Scenario scenario;
    private final transient WorldSource source;
    private transient World world;
    private transient List<Rule> rules;
    private transient Recorder recorder;

    public Polycentric(long seed, Scenario scenario, WorldSource source) {
        super(seed);
        this.random = generator(seed);
        this.scenario = scenario;
        this.source = source;
    }

    /** Seeds with all 64 bits (MASON's long constructor keeps only the low 32). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.random = generator(seed);
    }

    /** A Mersenne Twister seeded from both halves of a 64-bit seed, so distinct seeds give distinct streams. */
    public static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    @Override
    public void start() {
        super.start();
        world = source.build(scenario, random);
        rules = RuleSet.enabled(scenario.rules());
        for (Rule rule : rules) {
            rule.start(world, random);
        }
        recorder = new Recorder(world);
        recorder.record(0);

        int slot = 0;
        schedule(ScheduleTier.EVENTS, slot++, new ScheduledEvents(world, scenario));
        for (Rule rule : rules) {
            Rule r = rule;
            schedule(r.tier(), slot++, state -> r.update(world, random));
        }
        schedule(ScheduleTier.CITIES, slot++, new PledgeDecision(world, rules, scenario.decision()));
        schedule(ScheduleTier.IMPLEMENTATION, slot++, new BusinessAsUsual(world));
        schedule(ScheduleTier.RECORDER, slot, state -> recorder.record(world.step() + 1));
    }

    /** Unique orderings keep MASON from shuffling steppables that share a tier. */
    private void schedule(ScheduleTier tier, int slot, Steppable steppable) {
        schedule.scheduleRepeating(Schedule.EPOCH, tier.ordering() * 1000 + slot, steppable, 1.0);
    }

    /**
     * Replaces the scenario for the next {@link #start()} (the window's sliders); a run in progress
     * keeps the world it was built with, its scenario and its period.
     */
    public void setScenario(Scenario scenario) {
        this.scenario = java.util.Objects.requireNonNull(scenario, "scenario");
    }

    /** True once every step of the run's period has run (the run in progress, not a scenario set for the next). */
    public boolean finished() {
        Scenario running = world == null ? scenario : world.scenario();
        return schedule.getSteps() >= running.time().steps();
    }

    /** Runs the remaining steps headless. */
    public void runToEnd() {
        while (!finished()) {
            schedule.step(this);
        }
    }

    public Scenario scenario() { return scenario; }
    public World world() { return world; }
    public List<Rule> rules() { return rules; }
    public Recorder recorder() { return recorder; }
}
