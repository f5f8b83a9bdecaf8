package org.polycentric.model.rules;

import java.util.Arrays;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.EventLog;
import org.polycentric.model.Nation;
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
 * {@code tolerance} (share of pledge-time emissions) of the line, off track otherwise. Reaching the
 * promised cut (ambition a of pledge-time emissions) is net zero when {@code a >= netZeroCut}, the
 * share the SBTi Corporate Net-Zero Standard (2021) requires to be cut before the residual may be
 * neutralised by removals, and only the interim "cut achieved" otherwise.
 * <p>
 * Withdrawal is rare and has a cause: an off-track city withdraws with probability
 * {@code turnWithdrawal} in the step its nation turns hostile (once per turn), and with yearly hazard
 * {@code governmentTurnover * abandonShare} when a new city government abandons the pledge. A
 * withdrawn city returns to business as usual and cannot pledge again for {@code cooldownYears}
 * (its pledge hazard multiplier is 0). The withdrawal parameters are assumptions, not fitted.
 * Rests on the implementation-gap literature (UNEP Emissions Gap reports; Kuramochi et al. 2020 on
 * sub-national pledges; Hsu et al. 2020 on tracking city commitments).
 */
public final class ImplementationRule implements Rule {

    public record Params(boolean enabled, double effort, double capacityExponent, double tolerance,
                         double turnWithdrawal, double governmentTurnover, double abandonShare,
                         double cooldownYears, double netZeroCut) implements RuleParams {
        public Params {
            Check.range("effort", effort, 0, 100);
            Check.range("capacityExponent", capacityExponent, 0, 10);
            Check.range("tolerance", tolerance, 0, 1);
            Check.range("turnWithdrawal", turnWithdrawal, 0, 1);
            Check.range("governmentTurnover", governmentTurnover, 0, 100);
            Check.range("abandonShare", abandonShare, 0, 1);
            Check.range("cooldownYears", cooldownYears, 0, 1000);
            Check.range("netZeroCut", netZeroCut, 0, 1);
        }
    }

    /** Counter-based draw numbers of the rule's stream (ODD 7.16), one per cause of withdrawal. */
    static final int DRAW_HOSTILE_TURN = 0;
    static final int DRAW_GOVERNMENT_CHANGE = 1;

    private static final byte WITHDRAWN = PledgeStatus.WITHDRAWN.code();

    private final Params params;
    /** Per nation, the hostile turn (its {@code hostileTurnYear}) last acted on; NaN when none. */
    private double[] turnSeen = new double[0];
    /** Per nation, whether it turned hostile in the current step. */
    private boolean[] turnedNow = new boolean[0];
    /** Per city, when its last withdrawal is dated (end of the step it happened in); NaN when never. */
    private double[] withdrawnAt = new double[0];

    public ImplementationRule(Params params) {
        this.params = params;
    }

    @Override
    public boolean implementsPledges() {
        return true;
    }

    @Override
    public void start(World world, RandomStream random) {
        Nation[] nations = world.nations();
        turnSeen = new double[nations.length];
        for (int n = 0; n < nations.length; n++) {
            turnSeen[n] = nations[n].hostileTurnYear(); // a turn before the run is no turn of the run
        }
        turnedNow = new boolean[nations.length];
        withdrawnAt = new double[world.cities().count()];
        Arrays.fill(withdrawnAt, Double.NaN);
    }

    /** A withdrawn city in its cooldown cannot pledge: its hazard multiplier is 0 (threshold mode too). */
    @Override
    public void contribute(World world, CityPressures pressures) {
        if (params.cooldownYears() <= 0) {
            return;
        }
        Cities c = world.cities();
        // a pledge made in this step would be dated at its end
        double when = world.time().yearAt(world.step() + 1);
        for (int i = 0; i < c.count(); i++) {
            if (c.status[i] == WITHDRAWN && when < withdrawnAt[i] + params.cooldownYears() - 1e-9) {
                pressures.multiplier[i] = 0;
            }
        }
    }

    @Override
    public void update(World world, RandomStream random) {
        Nation[] nations = world.nations();
        for (int n = 0; n < nations.length; n++) {
            double turn = nations[n].hostileTurnYear();
            turnedNow[n] = !Double.isNaN(turn) && Double.compare(turn, turnSeen[n]) != 0;
            turnSeen[n] = turn;
        }
        Cities c = world.cities();
        double dt = world.dt();
        int step = world.step();
        double end = world.time().yearAt(step + 1);
        double abandon = -Math.expm1(-dt * params.governmentTurnover()) * params.abandonShare();
        double[] speedFactor = world.pressures().implementationSpeed;
        for (int i = 0; i < c.count(); i++) {
            byte st = c.status[i];
            // a pledge made in this very step starts its pathway at the end of the step
            if (!PledgeStatus.isPledged(st) || PledgeStatus.isAchieved(st) || c.pledgeYear[i] >= end - 1e-9) {
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
                boolean netZero = c.ambition[i] >= params.netZeroCut() - 1e-12;
                c.setStatus(i, netZero ? PledgeStatus.NET_ZERO : PledgeStatus.CUT_ACHIEVED);
                world.events().add(step, netZero ? EventLog.Kind.NET_ZERO : EventLog.Kind.ACHIEVED, i, -1,
                        c.emissions[i]);
                continue;
            }
            boolean onTrack = c.emissions[i] <= c.pathway(i, end)
                    + params.tolerance() * c.pledgeEmissions[i];
            c.setStatus(i, onTrack ? PledgeStatus.ON_TRACK : PledgeStatus.OFF_TRACK);
            if (!onTrack && withdraws(i, step, c, random, abandon)) {
                c.setStatus(i, PledgeStatus.WITHDRAWN);
                withdrawnAt[i] = end;
                world.events().add(step, EventLog.Kind.WITHDRAWAL, i, -1, c.emissions[i]);
            }
        }
    }

    /** Whether an off-track city withdraws in this step: its nation's hostile turn, or a new city government. */
    private boolean withdraws(int i, int step, Cities c, RandomStream random, double abandon) {
        if (turnedNow[c.nation[i]] && random.uniform(step, i, DRAW_HOSTILE_TURN) < params.turnWithdrawal()) {
            return true;
        }
        return abandon > 0 && random.uniform(step, i, DRAW_GOVERNMENT_CHANGE) < abandon;
    }
}
