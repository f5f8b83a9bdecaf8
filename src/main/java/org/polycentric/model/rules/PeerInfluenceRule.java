package org.polycentric.model.rules;

import org.polycentric.model.Cities;
import org.polycentric.model.CityNetwork;
import org.polycentric.model.CityPressures;
import org.polycentric.model.World;
import org.polycentric.model.network.TieGraph;
import org.polycentric.model.network.TieKind;
import org.polycentric.scenario.Check;

/**
 * Peer influence along city ties (M3): the signal is the weighted share of a city's neighbours
 * that had pledged at the start of the step. Ties are weighted by kind; each network a city belongs
 * to counts as one tie of weight {@code coMembership} to the network's pledged share. Ties between
 * rival blocs (each led by a great power) count (1 - rivalry) as much (M7). On a complete graph the share is the mean field, which is
 * the imitation term of Bass (1969). Rests on diffusion of innovations among cities (Shipan &amp;
 * Volden 2008) and on transnational municipal networks as learning channels (Kern &amp; Bulkeley 2009).
 */
public final class PeerInfluenceRule implements Rule {

    /** @param weight the imitation weight (Bass's q in hazard mode) */
    public record Params(boolean enabled, double weight, TieWeights tieWeights) {
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

    private final Params params;
    private final double[] kindWeight = new double[8];

    public PeerInfluenceRule(Params params) {
        this.params = params;
    }

    @Override
    public String key() {
        return "peerInfluence";
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        TieGraph g = world.ties();
        boolean[] x = c.pledgedAtStepStart;
        double w = params.weight();
        if (g.isComplete()) {
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
        double cross = 1.0 - world.rivalry();
        TieWeights tw = params.tieWeights();
        setKindWeights(tw, cross);
        double[][] networkShare = networkShares(world, cross);
        CityNetwork[] nets = world.networks();
        long[] bits = c.pledgedBitsAtStepStart;
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        byte[] kinds = g.kinds();
        double cm = tw.coMembership();
        for (int i = 0; i < c.count(); i++) {
            if (x[i]) {
                continue;
            }
            double num = 0;
            double den = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                double we = kindWeight[kinds[e] & 0x07];
                den += we;
                num += we * Cities.pledgedBit(bits, targets[e]); // branch-free: pledges look random
            }
            int mask = c.networkMask[i];
            if (mask != 0 && cm > 0) {
                for (int n = 0; n < nets.length; n++) {
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

    private void setKindWeights(TieWeights tw, double cross) {
        double[] base = new double[4];
        base[TieKind.SAME_NATION.code()] = tw.sameNation();
        base[TieKind.PROXIMITY.code()] = tw.proximity();
        base[TieKind.LONG_RANGE.code()] = tw.longRange();
        base[TieKind.GENERIC.code()] = 1.0;
        for (int k = 0; k < 4; k++) {
            kindWeight[k] = base[k];
            kindWeight[k | 0x04] = base[k] * cross;
        }
    }

    /**
     * For each network and each bloc of an (unpledged) member: the pledged share of the network's
     * other members, members of a rival bloc discounted by (1 - rivalry); NaN when it has no others.
     */
    private static double[][] networkShares(World world, double cross) {
        Cities c = world.cities();
        int blocs = world.blocs().size();
        CityNetwork[] nets = world.networks();
        double[][] out = new double[nets.length][blocs];
        for (CityNetwork net : nets) {
            int[] pledged = net.pledgedByBlocArray();
            java.util.Arrays.fill(pledged, 0);
            for (int k = 0; k < net.memberCount(); k++) {
                int city = net.member(k);
                if (c.pledgedAtStepStart[city]) {
                    pledged[c.bloc[city]]++;
                }
            }
            for (int own = 0; own < blocs; own++) {
                double num = 0;
                double den = 0;
                for (int b = 0; b < blocs; b++) {
                    double f = world.rivals(b, own) ? cross : 1.0;
                    num += f * pledged[b];
                    den += f * (net.membersInBloc(b) - (b == own ? 1 : 0));
                }
                out[net.index()][own] = den > 0 ? num / den : Double.NaN;
            }
        }
        return out;
    }
}
