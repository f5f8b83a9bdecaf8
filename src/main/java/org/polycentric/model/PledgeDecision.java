package org.polycentric.model;

import java.util.List;
import org.polycentric.model.rules.Rule;
import org.polycentric.scenario.DecisionSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The cities' pledge decision (M2), synchronous: all rules first add their signals for every city
 * from the start-of-step state, then every uncommitted or withdrawn city decides.
 * <ul>
 *   <li>hazard mode: P = 1 - exp(-dt * m_i * (baseRate + S_i)), the discrete-time Bass (1969) hazard;</li>
 *   <li>threshold mode: pledge when m_i > 0, m_i * S_i >= theta_i and capacity >= minCapacity
 *       (Granovetter 1978; Watts 2002).</li>
 * </ul>
 * Its dice are the {@code decision} stream's counter-based draws of each city in each step: draw 0
 * decides the pledge, draws 1-3 its target year and ambition. So one city's decision never moves
 * another city's dice, whatever the rules did to either.
 */
final class PledgeDecision implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final transient List<Rule> rules;
    private final DecisionSpec spec;
    private final transient RandomStream random;

    PledgeDecision(World world, List<Rule> rules, DecisionSpec spec, RandomStream random) {
        this.world = world;
        this.rules = rules;
        this.spec = spec;
        this.random = random;
    }

    @Override
    public void step(SimState state) {
        int step = world.step();
        CityPressures p = world.pressures();
        p.reset();
        for (Rule rule : rules) {
            rule.contribute(world, p);
        }
        Cities c = world.cities();
        double dt = world.dt();
        boolean hazard = spec.mode() == DecisionSpec.Mode.HAZARD;
        for (int i = 0; i < c.count(); i++) {
            if (c.pledgedAtStepStart[i]) {
                continue;
            }
            c.lastSignal[i] = p.signal[i];
            boolean pledges;
            if (hazard) {
                double h = p.multiplier[i] * (spec.baseRate() + p.signal[i]);
                pledges = h > 0 && random.uniform(step, i, 0) < -Math.expm1(-dt * h);
            } else {
                pledges = p.multiplier[i] > 0 && p.multiplier[i] * p.signal[i] >= c.threshold[i]
                        && c.capacity[i] >= spec.minCapacity();
            }
            if (pledges) {
                pledge(i, step);
            }
        }
    }

    private void pledge(int i, int step) {
        Cities c = world.cities();
        double when = world.time().yearAt(world.step() + 1);
        DecisionSpec.TargetYearSpec t = spec.targetYear();
        double leader = Math.min(1.0, t.leaderProbability() * (c.tier(i) == Tier.GLOBAL ? 2 : 1));
        int target = t.latest();
        int earlyEnd = Math.max(t.earliest(), t.latest() - 5);
        if (random.uniform(step, i, 1) < leader) {
            target = t.earliest() + (int) (random.uniform(step, i, 2) * (earlyEnd - t.earliest() + 1));
        }
        target = Math.max(target, (int) Math.ceil(when) + t.minLeadYears());
        c.setStatus(i, PledgeStatus.PLEDGED);
        c.pledgeYear[i] = when;
        c.targetYear[i] = target;
        c.ambition[i] = spec.ambitionMin() + random.uniform(step, i, 3) * (1.0 - spec.ambitionMin());
        c.pledgeEmissions[i] = c.emissions[i];
        world.events().add(step, EventLog.Kind.PLEDGE, i, -1, target);
    }
}
