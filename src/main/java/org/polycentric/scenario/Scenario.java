package org.polycentric.scenario;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.params.Check;

/**
 * A complete, validated scenario: everything one run needs besides the seed. Built from JSON by
 * {@link ScenarioLoader}; immutable, so the same object can start the model again and again.
 *
 * Events dated before the start apply at the first step; events after the end never happen, so
 * {@code --set time.endYear=2020} shortens a run without editing its history.
 *
 * @param addEvents events appended to the inherited {@code events}, so a variant can add a
 *                  historical or counterfactual event without repeating the baseline's list
 */
public record Scenario(
        String name,
        String description,
        long seed,
        int replications,
        TimeSpec time,
        WorldSpec world,
        DecisionSpec decision,
        RulesSpec rules,
        List<EventSpec> events,
        List<EventSpec> addEvents) {

    public Scenario {
        Check.present("name", name);
        Check.that(!name.isBlank(), "name", "must not be empty");
        Check.present("description", description);
        Check.range("replications", replications, 1, 100_000);
        Check.present("time", time);
        Check.present("world", world);
        Check.present("decision", decision);
        Check.present("rules", rules);
        events = Check.list("events", events);
        addEvents = Check.list("addEvents", addEvents);
    }

    /** The inherited events followed by the added ones, in the order given. */
    public List<EventSpec> allEvents() {
        List<EventSpec> all = new ArrayList<>(events);
        all.addAll(addEvents);
        return List.copyOf(all);
    }

    /** The same scenario with another seed and replication count (what the CLI's options change). */
    public Scenario withRun(long newSeed, int newReplications) {
        return new Scenario(name, description, newSeed, newReplications, time, world, decision, rules,
                events, addEvents);
    }
}
