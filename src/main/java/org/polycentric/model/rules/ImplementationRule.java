package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.EventLog;
import org.polycentric.model.PledgeStatus;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Pledges become action, or not (M12). A pledged city cuts emissions along its pathway at the speed
 * effort * capacity^capacityExponent * (type and price multipliers): speed 1 follows the straight
 * line from its pledge-time emissions to the promised cut at the target year; slower cities fall
 * behind (the implementation gap). A city is on track while its emissions are within
 * {@code tolerance} (share of pledge-time emissions) of the line, off track otherwise, and has
 * achieved its pledge once it reaches the promised cut. An off-track city under a hostile nation
 * withdraws with yearly hazard {@code withdrawalRate} and returns to business as usual. Rests on the
 * implementation-gap literature (UNEP Emissions Gap reports; Kuramochi et al. 2020 on sub-national
 * pledges; Hsu et al. 2020 on tracking city commitments).
 */
public final class ImplementationRule implements Rule {

    public record Params(boolean enabled, double effort, double capacityExponent, double tolerance,
                         double withdrawalRate) implements RuleParams {
        public Params {
            Check.range("effort", effort, 0, 100);
            Check.range("capacityExponent", capacityExponent, 0, 10);
            Check.range("tolerance", tolerance, 0, 1);
            Check.range("withdrawalRate", withdrawalRate, 0, 100);
        }
    }

    private static final byte ACHIEVED = PledgeStatus.ACHIEVED.code();

    private final Params params;

    public ImplementationRule(Params params) {
        this.params = params;
    }

    @Override
    public boolean implementsPledges() {
        return true;
    }

    @Override
    public void update(World world, RandomStream random) {
        Cities c = world.cities();
        double dt = world.dt();
        double end = world.time().yearAt(world.step() + 1);
        double[] speedFactor = world.pressures().implementationSpeed;
        for (int i = 0; i < c.count(); i++) {
            byte st = c.status[i];
            // a pledge made in this very step starts its pathway at the end of the step
            if (!PledgeStatus.isPledged(st) || st == ACHIEVED || c.pledgeYear[i] >= end - 1e-9) {
                continue;
            }
            double floor = c.pledgeEmissions[i] * (1 - c.ambition[i]);
            double years = Math.max(dt, c.targetYear[i] - c.pledgeYear[i]);
            double slope = c.ambition[i] * c.pledgeEmissions[i] / years;
            double capacity = params.capacityExponent() == 1.0 ? c.capacity[i]
                    : Math.pow(c.capacity[i], params.capacityExponent());
            double speed = params.effort() * capacity * speedFactor[i];
            c.emissions[i] = Math.max(floor, c.emissions[i] - speed * slope * dt);
            // the straight line reaches the floor in a sum of many steps: allow for rounding
            if (c.emissions[i] <= floor + 1e-9 * c.pledgeEmissions[i]) {
                c.emissions[i] = floor;
                c.setStatus(i, PledgeStatus.ACHIEVED);
                world.events().add(world.step(), EventLog.Kind.ACHIEVED, i, -1, c.emissions[i]);
                continue;
            }
            boolean onTrack = c.emissions[i] <= c.pathway(i, end)
                    + params.tolerance() * c.pledgeEmissions[i];
            c.setStatus(i, onTrack ? PledgeStatus.ON_TRACK : PledgeStatus.OFF_TRACK);
            if (!onTrack && world.nationOf(i).stance() < 0
                    && random.uniform(world.step(), i, 0) < -Math.expm1(-dt * params.withdrawalRate())) {
                c.setStatus(i, PledgeStatus.WITHDRAWN);
                world.events().add(world.step(), EventLog.Kind.WITHDRAWAL, i, -1, c.emissions[i]);
            }
        }
    }
}
