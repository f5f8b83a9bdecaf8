package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.RandomStream;
import org.polycentric.model.SnapshotFollower;
import org.polycentric.model.World;
import org.polycentric.model.network.TieGraph;
import org.polycentric.model.network.TieKind;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Peer influence along city ties (M3): the signal is the weighted share of a city's neighbours
 * that had pledged at the start of the step. Ties are weighted by kind; each network a city belongs
 * to counts as one tie of weight {@code coMembership} to the network's pledged share. Rivalry (M7)
 * lowers the influence of pledged cities of a rival bloc (blocs each led by a great power): they count
 * (1 - rivalry) in the numerator while every tie and every other member counts fully in the
 * denominator, so rivalry weakens the signal instead of re-weighting the neighbours (at rivalry 1 a
 * city whose pledged neighbours are all rivals feels nothing from them; at rivalry 0 it is the plain
 * share). On a complete graph the share is the mean field, which is the imitation term of Bass (1969). Rests on diffusion of innovations among cities (Shipan &amp;
 * Volden 2008) and on transnational municipal networks as learning channels (Kern &amp; Bulkeley 2009).
 */
public final class PeerInfluenceRule implements Rule {

    /** @param weight the imitation weight (Bass's q in hazard mode) */
    public record Params(boolean enabled, double weight, TieWeights tieWeights) implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.present("tieWeights", tieWeights);
        }
    }

    /** Relative weights of the kinds of ties; the classic generators' ties weigh 1. */
    public record TieWeights(double coMembership, double sameNation, double proximity, double longRange) {
        public TieWeights {
            Check.nonNegative("coMembership", coMembership);
            Check.nonNegative("sameNation", sameNation);
            Check.nonNegative("proximity", proximity);
            Check.nonNegative("longRange", longRange);
        }
    }

    /** Tie classes: the kind code (2 bits) plus the rival-bloc flag: 8 classes. */
    private static final int CLASSES = 8;

    private final Params params;
    /** Weight of a pledged tie of each class (rival ties discounted), and of any tie of each class. */
    private final double[] classWeight = new double[CLASSES];
    private final double[] fullWeight = new double[CLASSES];
    /** Per city and tie class: ties, and ties to cities pledged at the start of the step. */
    private int[] ties;
    private int[] pledgedTies;
    /** Per city: the weighted tie count (every tie at full weight). */
    private double[] tieWeight;
    private double weightsAtRivalry = Double.NaN;
    /** Keeps {@link #pledgedTies} in step with the snapshots. */
    private final SnapshotFollower snapshot = new SnapshotFollower();

    public PeerInfluenceRule(Params params) {
        this.params = params;
    }

    @Override
    public void start(World world, RandomStream random) {
        TieGraph g = world.ties();
        int n = world.cities().count();
        if (g.isComplete()) {
            return;
        }
        ties = new int[n * CLASSES];
        tieWeight = new double[n];
        weightsAtRivalry = Double.NaN;
        int[] offsets = g.offsets();
        byte[] kinds = g.kinds();
        for (int i = 0; i < n; i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                ties[i * CLASSES + (kinds[e] & 0x07)]++;
            }
        }
        setClassWeights(params.tieWeights(), 1.0);
        for (int i = 0; i < n; i++) {
            tieWeight[i] = weighted(fullWeight, ties, i);
        }
        recountPledgedTies(world);
    }

    /** Counts every city's pledged neighbours from scratch, as of the latest snapshot. */
    private void recountPledgedTies(World world) {
        TieGraph g = world.ties();
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        byte[] kinds = g.kinds();
        boolean[] x = world.cities().pledgedAtStepStart;
        pledgedTies = new int[ties.length];
        for (int i = 0; i < x.length; i++) {
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                if (x[targets[e]]) {
                    pledgedTies[i * CLASSES + (kinds[e] & 0x07)]++;
                }
            }
        }
        snapshot.markSeen(world.cities());
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        boolean[] x = c.pledgedAtStepStart;
        double w = params.weight();
        if (world.ties().isComplete()) {
            int pledged = 0;
            for (int i = 0; i < c.count(); i++) {
                if (x[i]) {
                    pledged++;
                }
            }
            double others = Math.max(1, c.count() - 1);
            for (int i = 0; i < c.count(); i++) {
                pressures.signal[i] += w * (pledged - (x[i] ? 1 : 0)) / others;
            }
            return;
        }
        countPledgedTies(world);
        double cross = 1.0 - world.rivalry();
        TieWeights tw = params.tieWeights();
        if (world.rivalry() != weightsAtRivalry) {
            setClassWeights(tw, cross);
            weightsAtRivalry = world.rivalry();
        }
        double[][] networkShare = networkShares(world, cross);
        int nets = world.networks().length;
        double cm = tw.coMembership();
        for (int i = 0; i < c.count(); i++) {
            if (x[i]) {
                continue;
            }
            double num = weighted(classWeight, pledgedTies, i);
            double den = tieWeight[i];
            int mask = c.networkMask[i];
            if (mask != 0 && cm > 0) {
                for (int n = 0; n < nets; n++) {
                    double share = networkShare[n][c.bloc[i]];
                    if ((mask & (1 << n)) != 0 && !Double.isNaN(share)) {
                        num += cm * share;
                        den += cm;
                    }
                }
            }
            if (den > 0) {
                pressures.signal[i] += w * num / den;
            }
        }
    }

    /**
     * Keeps each city's count of pledged neighbours by tie class up to date with the snapshot. The
     * graph is symmetric, so a changed city's row lists exactly the cities that count it.
     */
    private void countPledgedTies(World world) {
        TieGraph g = world.ties();
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        byte[] kinds = g.kinds();
        boolean[] x = world.cities().pledgedAtStepStart;
        snapshot.catchUp(world.cities(), () -> recountPledgedTies(world), j -> {
            int delta = x[j] ? 1 : -1;
            for (int e = offsets[j]; e < offsets[j + 1]; e++) {
                pledgedTies[targets[e] * CLASSES + (kinds[e] & 0x07)] += delta;
            }
        });
    }

    private static double weighted(double[] weight, int[] counts, int i) {
        double sum = 0;
        for (int k = 0; k < CLASSES; k++) {
            sum += weight[k] * counts[i * CLASSES + k];
        }
        return sum;
    }

    private void setClassWeights(TieWeights tw, double cross) {
        double[] base = new double[4];
        base[TieKind.SAME_NATION.code()] = tw.sameNation();
        base[TieKind.PROXIMITY.code()] = tw.proximity();
        base[TieKind.LONG_RANGE.code()] = tw.longRange();
        base[TieKind.GENERIC.code()] = 1.0;
        for (int k = 0; k < 4; k++) {
            classWeight[k] = base[k];
            classWeight[k | TieGraph.CROSS_BLOC] = base[k] * cross;
            fullWeight[k] = base[k];
            fullWeight[k | TieGraph.CROSS_BLOC] = base[k];
        }
    }

    /**
     * For each network and each bloc of an (unpledged) member: the pledged share of the network's
     * other members, pledged members of a rival bloc counted (1 - rivalry) in the numerator, every
     * other member counted fully in the denominator; NaN when it has no others.
     */
    private static double[][] networkShares(World world, double cross) {
        Cities c = world.cities();
        int blocs = world.blocs().size();
        CityNetwork[] nets = world.networks();
        double[][] out = new double[nets.length][blocs];
        for (CityNetwork net : nets) {
            java.util.Arrays.fill(net.pledgedByBlocArray(), 0);
        }
        // one pass in city order (member lists are in joining order, which would jump around memory)
        for (int i = 0; i < c.count(); i++) {
            if (c.pledgedAtStepStart[i]) {
                for (int mask = c.networkMask[i]; mask != 0; mask &= mask - 1) {
                    nets[Integer.numberOfTrailingZeros(mask)].pledgedByBlocArray()[c.bloc[i]]++;
                }
            }
        }
        for (CityNetwork net : nets) {
            int[] pledged = net.pledgedByBlocArray();
            for (int own = 0; own < blocs; own++) {
                double num = 0;
                double den = 0;
                for (int b = 0; b < blocs; b++) {
                    double f = world.rivals(b, own) ? cross : 1.0;
                    num += f * pledged[b];
                    den += net.membersInBloc(b) - (b == own ? 1 : 0);
                }
                out[net.index()][own] = den > 0 ? num / den : Double.NaN;
            }
        }
        return out;
    }
}
