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
 * and re-entries, national
 * targets, carbon prices, rivalry, fund budgets). Events apply whether or not any rule is on: they
 * are the scenario's history.
 */
final class ScheduledEvents implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final List<Resolved> events = new ArrayList<>();
    private int next;

    private record Resolved(int step, EventSpec spec, int[] targets) {
    }

    ScheduledEvents(World world, Scenario scenario) {
        this.world = world;
        List<EventSpec> specs = scenario.allEvents();
        int inherited = scenario.events().size();
        for (int k = 0; k < specs.size(); k++) {
            EventSpec e = specs.get(k);
            String path = k < inherited ? "events[" + k + "]" : "addEvents[" + (k - inherited) + "]";
            events.add(new Resolved(world.time().stepOf(e.year()), e, targets(e, path)));
        }
        events.sort(Comparator.comparingInt(Resolved::step)); // stable: same-step events keep file order
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
        };
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
                        world.nations()[n].setNetZeroTargetYear((int) e.value());
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
                default -> throw new IllegalStateException(e.type().toString());
            }
        }
    }
}
