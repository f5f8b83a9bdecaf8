package org.polycentric.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.polycentric.params.InvalidValueException;
import org.polycentric.scenario.EventSpec;
import org.polycentric.scenario.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Applies the scenario's events that fall in this step, right after {@link StepStart} (M6, M7: withdrawals
 * and re-entries, national targets, carbon prices, rivalry, fund budgets; M3: network mergers). Events apply whether or not any rule is on: they
 * are the scenario's history.
 */
final class ScheduledEvents implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final List<Resolved> events = new ArrayList<>();
    private int next;

    private record Resolved(int step, EventSpec spec, int[] targets, String path) {
    }

    ScheduledEvents(World world, Scenario scenario) {
        this.world = world;
        List<EventSpec> specs = scenario.allEvents();
        int inherited = scenario.events().size();
        for (int k = 0; k < specs.size(); k++) {
            EventSpec e = specs.get(k);
            String path = k < inherited ? "events[" + k + "]" : "addEvents[" + (k - inherited) + "]";
            events.add(new Resolved(world.time().stepOf(e.year()), e, targets(e, path), path));
        }
        events.sort(Comparator.comparingInt(Resolved::step)); // stable: same-step events keep file order
        checkMergers();
    }

    /** A network merged away has no members left to merge, and nothing can join it: say so before the run. */
    private void checkMergers() {
        String[] dissolvedBy = new String[world.networks().length];
        for (Resolved r : events) {
            if (r.spec().type() != EventSpec.Type.NETWORK_MERGE) {
                continue;
            }
            String path = r.path();
            for (int t = 0; t < 2; t++) {
                int net = r.targets()[t];
                if (dissolvedBy[net] != null) {
                    throw new InvalidValueException(path + (t == 0 ? ".network" : ".into"), "network '"
                            + world.networks()[net].name() + "' is dissolved by an earlier merger (" + dissolvedBy[net]
                            + "); a dissolved network can be neither merged nor merged into");
                }
            }
            dissolvedBy[r.targets()[0]] = path + " in " + r.spec().year();
        }
    }

    private int[] targets(EventSpec e, String path) {
        return switch (e.type()) {
            case STANCE, NET_ZERO_TARGET, CARBON_PRICE -> {
                if (e.nation() != null) {
                    int n = world.nationIndex(e.nation());
                    if (n < 0) {
                        throw new InvalidValueException(path + ".nation", "no nation '" + e.nation()
                                + "' in this world; great powers are " + greatPowerCodes());
                    }
                    yield new int[] {n};
                }
                int r = world.regionIndex(e.region());
                if (r < 0) {
                    throw new InvalidValueException(path + ".region", "no region '" + e.region()
                            + "'; allowed: " + String.join(", ", world.regions()));
                }
                yield java.util.Arrays.stream(world.nations()).filter(n -> n.region() == r)
                        .mapToInt(Nation::index).toArray();
            }
            case FUND_BUDGET -> {
                for (SupranationalBody b : world.bodies()) {
                    if (b.name().equals(e.body())) {
                        yield new int[] {b.index()};
                    }
                }
                throw new InvalidValueException(path + ".body", "no supranational body '" + e.body() + "'");
            }
            case RIVALRY -> new int[0];
            case NETWORK_MERGE -> new int[] {networkIndex(e.network(), path + ".network"),
                    networkIndex(e.into(), path + ".into")};
        };
    }

    private int networkIndex(String name, String path) {
        for (CityNetwork n : world.networks()) {
            if (n.name().equals(name)) {
                return n.index();
            }
        }
        List<String> names = new ArrayList<>();
        for (CityNetwork n : world.networks()) {
            names.add(n.name());
        }
        throw new InvalidValueException(path, "no network '" + name + "' in this world; allowed: "
                + (names.isEmpty() ? "none (world.networks is empty)" : String.join(", ", names)));
    }

    private String greatPowerCodes() {
        List<String> codes = new ArrayList<>();
        for (Nation n : world.nations()) {
            if (n.greatPower()) {
                codes.add(n.code());
            }
        }
        return String.join(", ", codes);
    }

    @Override
    public void step(SimState state) {
        int step = world.step();
        EventLog log = world.events();
        while (next < events.size() && events.get(next).step() <= step) {
            Resolved r = events.get(next++);
            EventSpec e = r.spec();
            switch (e.type()) {
                case STANCE -> {
                    for (int n : r.targets()) {
                        world.nations()[n].changeCourse(e.value(), world.year());
                        log.add(step, EventLog.Kind.STANCE_CHANGE, n, -1, e.value());
                    }
                }
                case NET_ZERO_TARGET -> {
                    for (int n : r.targets()) {
                        world.nations()[n].setNetZeroTargetYear((int) (double) e.value());
                        log.add(step, EventLog.Kind.NET_ZERO_TARGET, n, -1, e.value());
                    }
                }
                case CARBON_PRICE -> {
                    for (int n : r.targets()) {
                        world.nations()[n].setCarbonPrice(e.value());
                        log.add(step, EventLog.Kind.CARBON_PRICE, n, -1, e.value());
                    }
                }
                case RIVALRY -> {
                    world.setRivalry(e.value());
                    log.add(step, EventLog.Kind.RIVALRY, 0, -1, e.value());
                }
                case FUND_BUDGET -> {
                    double budget = e.value() * world.scenario().world().scale();
                    world.bodies()[r.targets()[0]].setBudgetPerYear(budget);
                    log.add(step, EventLog.Kind.FUND_BUDGET, r.targets()[0], -1, e.value()); // the event's value, as documented
                }
                case NETWORK_MERGE -> {
                    CityNetwork from = world.networks()[r.targets()[0]];
                    CityNetwork into = world.networks()[r.targets()[1]];
                    int[] joined = from.mergeInto(into, world.cities());
                    log.add(step, EventLog.Kind.NETWORK_MERGE, from.index(), into.index(), joined.length);
                    for (int k = 0; k < joined.length; k++) {
                        log.add(step, EventLog.Kind.NETWORK_JOIN, joined[k], into.index(),
                                into.memberCount() - joined.length + k + 1);
                    }
                }
                default -> throw new IllegalStateException(e.type().toString());
            }
        }
    }
}
