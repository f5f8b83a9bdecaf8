package org.polycentric.model;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;
import org.polycentric.model.metrics.Recorder;
import org.polycentric.model.rules.Rule;
import org.polycentric.model.rules.RuleCatalogue;
import org.polycentric.scenario.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The Polycentric model: one run of a scenario. {@link #start()} builds the whole world from the
 * immutable scenario and schedules every tier, so the same object can run again and again. All
 * randomness comes from {@link RandomStreams} derived from the seed: one stream per purpose (the
 * world, the pledge decision, each rule), so switching a rule off leaves every other purpose's
 * draws alone. MASON's own {@link #random} is seeded too but the model draws nothing from it. The
 * headless runner, the CLI and the GUI all drive this same class.
 */
public final class Polycentric extends SimState {
    private static final long serialVersionUID = 1L;

    private Scenario scenario;
    private final transient WorldSource source;
    private final transient RuleCatalogue catalogue;
    private transient BuildProgress buildProgress = BuildProgress.NONE;
    private transient LongFunction<RandomStreams> streamsOfSeed = RandomStreams::new;
    private long seed;
    private transient World world;
    private transient List<RuleCatalogue.Active> rules;
    private transient Recorder recorder;

    public Polycentric(long seed, Scenario scenario, WorldSource source) {
        this(seed, scenario, source, RuleCatalogue.STANDARD);
    }

    public Polycentric(long seed, Scenario scenario, WorldSource source, RuleCatalogue catalogue) {
        super(seed);
        this.seed = seed;
        this.random = generator(seed);
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.source = Objects.requireNonNull(source, "source");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    /** Seeds with all 64 bits (MASON's long constructor keeps only the low 32). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.seed = seed;
        this.random = generator(seed);
    }

    /** The replication seed every stream derives from. */
    public long replicationSeed() {
        return seed;
    }

    /**
     * MASON's own generator, seeded from both halves of the 64-bit seed. MASON expects one; the model
     * never draws from it (its draws come from {@link RandomStreams}).
     */
    private static MersenneTwisterFast generator(long seed) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    /**
     * How the streams derive from the seed: {@link RandomStreams#RandomStreams(long)} unless an
     * instrument (a test that records every draw) replaces it. The draws themselves never change.
     */
    public void setStreams(LongFunction<RandomStreams> streamsOfSeed) {
        this.streamsOfSeed = Objects.requireNonNull(streamsOfSeed, "streamsOfSeed");
    }

    /** Where the next {@link #start()} reports how far building the world has got. */
    public void setBuildProgress(BuildProgress progress) {
        this.buildProgress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public void start() {
        super.start();
        RandomStreams streams = streamsOfSeed.apply(seed);
        world = source.build(scenario, streams, buildProgress);
        rules = catalogue.enabled(scenario.rules().byKey());
        RandomStream[] own = new RandomStream[rules.size()];
        boolean pledgesImplemented = false;
        for (int k = 0; k < rules.size(); k++) {
            buildProgress.at("starting " + rules.get(k).key(), 0, 0);
            own[k] = streams.rule(rules.get(k).key());
            rules.get(k).rule().start(world, own[k]);
            pledgesImplemented |= rules.get(k).rule().implementsPledges();
        }
        buildProgress.at(BuildProgress.BUILT, 1, 1);
        recorder = new Recorder(world);
        recorder.record(0);

        int slot = 0;
        schedule(ScheduleTier.STEP_START, slot++, new StepStart(world));
        schedule(ScheduleTier.EVENTS, slot++, new ScheduledEvents(world, scenario));
        for (int k = 0; k < rules.size(); k++) {
            Rule rule = rules.get(k).rule();
            RandomStream stream = own[k];
            schedule(rules.get(k).tier(), slot++, state -> rule.update(world, stream));
        }
        List<Rule> deciding = rules.stream().map(RuleCatalogue.Active::rule).toList();
        schedule(ScheduleTier.CITIES, slot++,
                new PledgeDecision(world, deciding, scenario.decision(), streams.stream("decision")));
        schedule(ScheduleTier.IMPLEMENTATION, slot++, new BusinessAsUsual(world, pledgesImplemented));
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
        this.scenario = Objects.requireNonNull(scenario, "scenario");
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
    /** The rules switched on in the run in progress, in catalogue order. */
    public List<RuleCatalogue.Active> rules() { return rules; }
    public Recorder recorder() { return recorder; }
}
