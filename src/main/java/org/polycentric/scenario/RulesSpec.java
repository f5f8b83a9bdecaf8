package org.polycentric.scenario;

import org.polycentric.params.Check;

import org.polycentric.model.rules.CampaignsRule;
import org.polycentric.model.rules.CapacityAndSupportRule;
import org.polycentric.model.rules.CarbonMarketRule;
import org.polycentric.model.rules.CityTypesRule;
import org.polycentric.model.rules.DemonstrationRule;
import org.polycentric.model.rules.FirmsRule;
import org.polycentric.model.rules.GreatPowerInterferenceRule;
import org.polycentric.model.rules.ImplementationRule;
import org.polycentric.model.rules.NationalContextRule;
import org.polycentric.model.rules.NetworkRecruitmentRule;
import org.polycentric.model.rules.NetworkServicesRule;
import org.polycentric.model.rules.PeerInfluenceRule;

/** The {@code rules} section: one parameter record per mechanism, each owned by its rule class. */
public record RulesSpec(
        PeerInfluenceRule.Params peerInfluence,
        NetworkRecruitmentRule.Params networkRecruitment,
        NetworkServicesRule.Params networkServices,
        DemonstrationRule.Params demonstration,
        CampaignsRule.Params campaigns,
        NationalContextRule.Params nationalContext,
        GreatPowerInterferenceRule.Params greatPowerInterference,
        CapacityAndSupportRule.Params capacityAndSupport,
        FirmsRule.Params firms,
        CarbonMarketRule.Params carbonMarket,
        CityTypesRule.Params cityTypes,
        ImplementationRule.Params implementation) {

    public RulesSpec {
        Check.present("peerInfluence", peerInfluence);
        Check.present("networkRecruitment", networkRecruitment);
        Check.present("networkServices", networkServices);
        Check.present("demonstration", demonstration);
        Check.present("campaigns", campaigns);
        Check.present("nationalContext", nationalContext);
        Check.present("greatPowerInterference", greatPowerInterference);
        Check.present("capacityAndSupport", capacityAndSupport);
        Check.present("firms", firms);
        Check.present("carbonMarket", carbonMarket);
        Check.present("cityTypes", cityTypes);
        Check.present("implementation", implementation);
    }
}
