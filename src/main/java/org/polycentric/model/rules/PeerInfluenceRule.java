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
 * to counts as one tie of weight {@code coMembership} to the network's pledged share. Cross-bloc
 * ties count (1 - rivalry) as much (M7). On a complete graph the share is the mean field, which is
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
        CityNetwork[] nets = world.networks();
        refreshNetworkCounts(world);
        int[] offsets = g.offsets();
        int[] targets = g.targets();
        byte[] kinds = g.kinds();
        for (int i = 0; i < c.count(); i++) {
            double num = 0;
            double den = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++) {
                double we = kindWeight[kinds[e] & 0x07];
                den += we;
                if (x[targets[e]]) {
                    num += we;
                }
            }
            int mask = c.networkMask[i];
            if (mask != 0 && tw.coMembership() > 0) {
                for (int n = 0; n < nets.length; n++) {
                    if ((mask & (1 << n)) != 0) {
                        double share = networkShare(nets[n], c.bloc[i], x[i], cross);
                        if (!Double.isNaN(share)) {
                            num += tw.coMembership() * share;
                            den += tw.coMembership();
                        }
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

    /** The pledged share of a network's other members, cross-bloc members discounted. */
    private static double networkShare(CityNetwork net, int ownBloc, boolean selfPledged, double cross) {
        double num = 0;
        double den = 0;
        for (int b = 0; b < net.pledgedByBlocArray().length; b++) {
            double f = b == ownBloc ? 1.0 : cross;
            int members = net.membersInBloc(b) - (b == ownBloc ? 1 : 0);
            int pledged = net.pledgedInBloc(b) - (b == ownBloc && selfPledged ? 1 : 0);
            num += f * pledged;
            den += f * members;
        }
        return den > 0 ? num / den : Double.NaN;
    }

    private static void refreshNetworkCounts(World world) {
        Cities c = world.cities();
        for (CityNetwork net : world.networks()) {
            int[] pledged = net.pledgedByBlocArray();
            java.util.Arrays.fill(pledged, 0);
            for (int k = 0; k < net.memberCount(); k++) {
                int city = net.member(k);
                if (c.pledgedAtStepStart[city]) {
                    pledged[c.bloc[city]]++;
                }
            }
        }
    }
}
