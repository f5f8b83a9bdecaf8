package org.polycentric.model.rules;

import org.polycentric.model.EventLog;
import org.polycentric.model.Nation;
import org.polycentric.model.RandomStream;
import org.polycentric.model.World;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Great-power politics, populism and nationalism (M7). Any nation may take a populist turn, with
 * yearly hazard populism * populistTurnRate, setting its stance to {@code turnStance} for
 * {@code turnDurationYears} (a nation already more hostile stays so); a great power's turn spills
 * over because its allies (the other nations of its bloc, when not in a turn of their own) drift toward its
 * stance at rate {@code alignment} and
 * back to their own at rate {@code recovery}; rivalry starts at {@code rivalry} (events may change it).
 * Rivalry weakens the influence of pledged cities of a rival bloc (two blocs each led by a great
 * power) by (1 - rivalry) in the peer rule, and the effect of finance and mentoring between rival
 * blocs by (1 - rivalry); finance and mentoring from a great power's bloc to a non-aligned bloc lose
 * {@code rivalry * fragmentation}, because the rivals' competing, conditional and duplicated offers
 * fragment support (Pickering, Betzold &amp; Skovgaard 2017; the value of {@code fragmentation} is an
 * assumption). See {@link World#offerEffectiveness}.
 * Scheduled withdrawals and re-entries are scenario events. Rests on the two-level game (Putnam 1988),
 * on populism and climate policy (Lockwood 2018) and on the US Paris exits of 2017 and 2025.
 */
public final class GreatPowerInterferenceRule implements Rule {

    public record Params(boolean enabled, double rivalry, double populistTurnRate, double turnDurationYears,
                         double turnStance, double alignment, double recovery, double fragmentation)
            implements RuleParams {
        public Params {
            Check.range("rivalry", rivalry, 0, 1);
            Check.range("populistTurnRate", populistTurnRate, 0, 100);
            Check.range("turnDurationYears", turnDurationYears, 0, 100);
            Check.range("turnStance", turnStance, -1, 1);
            Check.range("alignment", alignment, 0, 100);
            Check.range("recovery", recovery, 0, 100);
            Check.range("fragmentation", fragmentation, 0, 1);
        }
    }

    private final Params params;
    /** For each bloc, the index of its great power, or -1. */
    private int[] leaderOfBloc;

    public GreatPowerInterferenceRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        world.letRivalryAct();
        world.setRivalry(params.rivalry());
        world.setFragmentation(params.fragmentation());
        leaderOfBloc = new int[world.blocs().size()];
        java.util.Arrays.fill(leaderOfBloc, -1);
        for (Nation n : world.nations()) {
            if (n.greatPower() && leaderOfBloc[n.bloc()] < 0) {
                leaderOfBloc[n.bloc()] = n.index();
            }
        }
    }

    @Override
    public void update(World world, RandomStream random) {
        double now = world.year();
        double dt = world.dt();
        for (Nation n : world.nations()) {
            if (n.inPopulistTurn()) {
                if (now >= n.populistTurnUntil()) {
                    n.setPopulistTurnUntil(Double.NaN);
                    n.turn(n.baseStance(), now);
                    world.events().add(world.step(), EventLog.Kind.STANCE_CHANGE, n.index(), -1, n.stance());
                }
            } else {
                double h = n.populism() * params.populistTurnRate();
                if (h > 0 && random.uniform(world.step(), n.index(), 0) < -Math.expm1(-dt * h)) {
                    n.setPopulistTurnUntil(now + params.turnDurationYears());
                    n.turn(Math.min(n.stance(), params.turnStance()), now); // a turn never softens a hostile nation
                    world.events().add(world.step(), EventLog.Kind.POPULIST_TURN, n.index(), -1, n.stance());
                }
            }
        }
        Nation[] nations = world.nations();
        for (Nation n : nations) {
            int leader = leaderOfBloc[n.bloc()];
            if (n.greatPower() || leader < 0 || n.inPopulistTurn()) {
                continue;
            }
            // exact relaxation toward the balance of the two pulls, stable for any dt
            double rate = params.alignment() + params.recovery();
            if (rate > 0) {
                double balance = (params.alignment() * nations[leader].stance()
                        + params.recovery() * n.baseStance()) / rate;
                n.setStance(n.stance() + (balance - n.stance()) * -Math.expm1(-rate * dt));
            }
        }
    }
}
