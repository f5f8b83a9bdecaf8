package org.polycentric.model.rules;

import java.util.ArrayList;
import java.util.List;
import org.polycentric.scenario.RulesSpec;

/**
 * Turns the scenario's {@code rules} section into the rules that are switched on, in a fixed order
 * (the order of {@link RulesSpec}'s components), so that rules sharing a schedule tier always run
 * in the same order.
 */
public final class RuleSet {
    private RuleSet() {
    }

    public static List<Rule> enabled(RulesSpec spec) {
        List<Rule> rules = new ArrayList<>();
        if (spec.peerInfluence().enabled()) {
            rules.add(new PeerInfluenceRule(spec.peerInfluence()));
        }
        if (spec.networkRecruitment().enabled()) {
            rules.add(new NetworkRecruitmentRule(spec.networkRecruitment()));
        }
        if (spec.networkServices().enabled()) {
            rules.add(new NetworkServicesRule(spec.networkServices()));
        }
        if (spec.demonstration().enabled()) {
            rules.add(new DemonstrationRule(spec.demonstration()));
        }
        if (spec.campaigns().enabled()) {
            rules.add(new CampaignsRule(spec.campaigns()));
        }
        if (spec.nationalContext().enabled()) {
            rules.add(new NationalContextRule(spec.nationalContext()));
        }
        if (spec.greatPowerInterference().enabled()) {
            rules.add(new GreatPowerInterferenceRule(spec.greatPowerInterference()));
        }
        if (spec.capacityAndSupport().enabled()) {
            rules.add(new CapacityAndSupportRule(spec.capacityAndSupport()));
        }
        if (spec.firms().enabled()) {
            rules.add(new FirmsRule(spec.firms()));
        }
        if (spec.carbonMarket().enabled()) {
            rules.add(new CarbonMarketRule(spec.carbonMarket()));
        }
        if (spec.cityTypes().enabled()) {
            rules.add(new CityTypesRule(spec.cityTypes()));
        }
        if (spec.implementation().enabled()) {
            rules.add(new ImplementationRule(spec.implementation()));
        }
        return List.copyOf(rules);
    }
}
