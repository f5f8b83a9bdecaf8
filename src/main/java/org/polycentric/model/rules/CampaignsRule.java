package org.polycentric.model.rules;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.model.Campaign;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.params.BodyKind;
import org.polycentric.params.Check;
import org.polycentric.params.RuleParams;

/**
 * Supranational campaigns and summits (M5) as focal events: each campaign k adds
 * intensity_k * exp(-(t - t_k) / decayYears) from its start year on, a sharp pulse (decayYears about
 * half a year by default: an assumption, summit attention decays within months). The host city and
 * members of the campaign's networks get it in full, other cities a share {@code reach}; a regional
 * union's campaigns reach only its own region. Rests on orchestration by international bodies
 * (Abbott 2012; Hale 2016 on the Paris "catalytic" model).
 */
public final class CampaignsRule implements Rule {

    public record Params(boolean enabled, double weight, double decayYears, double reach) implements RuleParams {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.positive("decayYears", decayYears);
            Check.range("reach", reach, 0, 1);
        }
    }

    /** Up to this many networks, signals are tabulated by network mask instead of summed per city. */
    private static final int MAX_TABULATED_NETWORKS = 12;
    /** Campaigns weaker than this share of their intensity are skipped. */
    private static final double NEGLIGIBLE = 1e-4;

    private final Params params;

    public CampaignsRule(Params params) {
        this.params = params;
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        List<double[]> active = new ArrayList<>();   // {full, partial} per active campaign
        List<Campaign> campaigns = new ArrayList<>();
        List<Integer> regionOf = new ArrayList<>();  // region a campaign is limited to, or -1
        double now = world.year();
        for (SupranationalBody body : world.bodies()) {
            int region = body.kind() == BodyKind.REGIONAL_UNION ? body.region() : -1;
            for (Campaign k : body.campaigns()) {
                double decay = Math.exp(-(now - k.year()) / params.decayYears());
                if (now < k.year() || decay < NEGLIGIBLE) {
                    continue;
                }
                double full = params.weight() * k.intensity() * decay;
                active.add(new double[] {full, full * params.reach()});
                campaigns.add(k);
                regionOf.add(region);
            }
        }
        if (active.isEmpty()) {
            return;
        }
        Cities c = world.cities();
        int nets = world.networks().length;
        if (nets <= MAX_TABULATED_NETWORKS) {
            // a city's signal depends only on its region and network mask: tabulate, then look up
            int masks = 1 << nets;
            double[][] table = new double[world.regions().size()][masks];
            for (int r = 0; r < table.length; r++) {
                for (int m = 0; m < masks; m++) {
                    table[r][m] = signal(r, m, -1, -2, active, campaigns, regionOf);
                }
            }
            for (int i = 0; i < c.count(); i++) {
                if (!c.pledgedAtStepStart[i]) {
                    pressures.signal[i] += table[c.region[i]][c.networkMask[i]];
                }
            }
            for (int k = 0; k < campaigns.size(); k++) {
                int host = campaigns.get(k).hostCity();
                int limit = regionOf.get(k);
                boolean reached = host >= 0 && (c.networkMask[host] & campaigns.get(k).networkMask()) != 0;
                if (host >= 0 && !reached && !c.pledgedAtStepStart[host] && (limit < 0 || limit == c.region[host])) {
                    pressures.signal[host] += active.get(k)[0] - active.get(k)[1];
                }
            }
        } else {
            for (int i = 0; i < c.count(); i++) {
                if (!c.pledgedAtStepStart[i]) {
                    pressures.signal[i] += signal(c.region[i], c.networkMask[i], i, i, active, campaigns, regionOf);
                }
            }
        }
    }

    /** The summed campaign signal of a city in a region with a network mask (host counted when city == host). */
    private static double signal(int region, int mask, int city, int hostMatch, List<double[]> active,
                                 List<Campaign> campaigns, List<Integer> regionOf) {
        double s = 0;
        for (int k = 0; k < active.size(); k++) {
            int limit = regionOf.get(k);
            if (limit >= 0 && limit != region) {
                continue;
            }
            Campaign campaign = campaigns.get(k);
            boolean reached = (mask & campaign.networkMask()) != 0 || (city >= 0 && campaign.hostCity() == hostMatch);
            s += reached ? active.get(k)[0] : active.get(k)[1];
        }
        return s;
    }
}
