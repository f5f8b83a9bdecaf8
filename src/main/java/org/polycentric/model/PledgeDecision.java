package org.polycentric.model;

import ec.util.MersenneTwisterFast;
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
 *   <li>threshold mode: pledge when m_i * S_i >= theta_i and capacity >= minCapacity
 *       (Granovetter 1978; Watts 2002).</li>
 * </ul>
 */
final class PledgeDecision implements Steppable {
    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final transient List<Rule> rules;
    private final DecisionSpec spec;

    PledgeDecision(World world, List<Rule> rules, DecisionSpec spec) {
        this.world = world;
        this.rules = rules;
        this.spec = spec;
    }

    @Override
    public void step(SimState state) {
        MersenneTwisterFast random = state.random;
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
                pledges = h > 0 && random.nextDouble() < -Math.expm1(-dt * h);
            } else {
                pledges = p.multiplier[i] * p.signal[i] >= c.threshold[i] && c.capacity[i] >= spec.minCapacity();
            }
            if (pledges) {
                pledge(i, random);
            }
        }
    }

    private void pledge(int i, MersenneTwisterFast random) {
        Cities c = world.cities();
        double when = world.time().yearAt(world.step() + 1);
        DecisionSpec.TargetYearSpec t = spec.targetYear();
        double leader = Math.min(1.0, t.leaderProbability() * (c.tier(i) == Tier.GLOBAL ? 2 : 1));
        int target = t.latest();
        int earlyEnd = Math.max(t.earliest(), t.latest() - 5);
        if (random.nextDouble() < leader) {
            target = t.earliest() + random.nextInt(earlyEnd - t.earliest() + 1);
        }
        target = Math.max(target, (int) Math.ceil(when) + t.minLeadYears());
        c.setStatus(i, PledgeStatus.PLEDGED);
        c.pledgeYear[i] = when;
        c.targetYear[i] = target;
        c.ambition[i] = spec.ambitionMin() + random.nextDouble() * (1.0 - spec.ambitionMin());
        c.pledgeEmissions[i] = c.emissions[i];
        world.events().add(world.step(), EventLog.Kind.PLEDGE, i, -1, target);
    }
}
