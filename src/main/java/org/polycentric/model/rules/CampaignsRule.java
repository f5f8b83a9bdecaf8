package org.polycentric.model.rules;

import org.polycentric.model.Campaign;
import org.polycentric.model.Cities;
import org.polycentric.model.CityPressures;
import org.polycentric.model.SupranationalBody;
import org.polycentric.model.World;
import org.polycentric.scenario.Check;
import org.polycentric.scenario.WorldSpec.BodySpec;

/**
 * Supranational campaigns and summits (M5): each campaign k adds
 * intensity_k * exp(-(t - t_k) / decayYears) from its start year on. The host city and members of the
 * campaign's networks get it in full, other cities a share {@code reach}; a regional union's
 * campaigns reach only its own region. Rests on orchestration by international bodies (Abbott 2012;
 * Hale 2016 on the Paris "catalytic" model) and on summit effects on city commitments.
 */
public final class CampaignsRule implements Rule {

    public record Params(boolean enabled, double weight, double decayYears, double reach) {
        public Params {
            Check.range("weight", weight, 0, 100);
            Check.positive("decayYears", decayYears);
            Check.range("reach", reach, 0, 1);
        }
    }

    /** Campaigns weaker than this share of their intensity are skipped. */
    private static final double NEGLIGIBLE = 1e-4;

    private final Params params;

    public CampaignsRule(Params params) {
        this.params = params;
    }

    @Override
    public String key() {
        return "campaigns";
    }

    @Override
    public void contribute(World world, CityPressures pressures) {
        Cities c = world.cities();
        double now = world.year();
        double w = params.weight();
        for (SupranationalBody body : world.bodies()) {
            boolean regional = body.kind() == BodySpec.Kind.REGIONAL_UNION;
            for (Campaign k : body.campaigns()) {
                if (now < k.year()) {
                    continue;
                }
                double decay = Math.exp(-(now - k.year()) / params.decayYears());
                if (decay < NEGLIGIBLE) {
                    continue;
                }
                double full = w * k.intensity() * decay;
                double partial = full * params.reach();
                for (int i = 0; i < c.count(); i++) {
                    if (regional && c.region[i] != body.region()) {
                        continue;
                    }
                    boolean reached = i == k.hostCity() || (c.networkMask[i] & k.networkMask()) != 0;
                    pressures.signal[i] += reached ? full : partial;
                }
            }
        }
    }
}
