package org.polycentric.model.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.polycentric.model.ScheduleTier;
import org.polycentric.params.RuleParams;
import org.polycentric.params.RuleTypes;

/**
 * Every rule of the model, one line each: its key under {@code rules} in a scenario file, the
 * mechanism of DESIGN.md it implements, its parameter record, how to make it, the schedule tier of
 * its {@link Rule#update}, and the parameters the window's Model tab offers. Scenario
 * binding ({@link RuleTypes}), the rule set of a run ({@link #enabled}) and the window all read this
 * list, so a new mechanism is its class, one line here and its defaults in
 * {@code scenario/defaults.json} (docs/ADDING-A-RULE.md). Rules sharing a tier run in this order.
 */
public final class RuleCatalogue implements RuleTypes {

    /**
     * A parameter the window's Model tab offers: a slider over {@code rules.<key>.<parameter>} from
     * min to max, or (for {@code enabled}) a box that switches the rule, and the rules named in
     * {@code together}, on and off at once.
     */
    public record Control(String parameter, String label, String explanation, double min, double max,
                          List<String> together) {
        public Control {
            together = List.copyOf(together);
        }

        static Control slider(String parameter, String label, String explanation, double min, double max) {
            return new Control(parameter, label, explanation, min, max, List.of());
        }

        static Control onOff(String label, String explanation, String... together) {
            return new Control("enabled", label, explanation, 0, 1, List.of(together));
        }

        public boolean isSwitch() {
            return parameter.equals("enabled");
        }
    }

    /** One rule: key, mechanism (M3..M12), parameter record, factory, tier, Model-tab controls. */
    public record Entry<P extends RuleParams>(String key, String mechanism, Class<P> params,
                                              Function<P, ? extends Rule> factory, ScheduleTier tier,
                                              List<Control> controls) {
        public Entry {
            controls = List.copyOf(controls);
        }

        /** Makes the rule from its parameters. */
        Rule create(RuleParams p) {
            return factory.apply(params.cast(p));
        }
    }

    /** A rule switched on in a run, with its catalogue entry. */
    public record Active(Entry<?> entry, Rule rule) {
        public String key() {
            return entry.key();
        }

        public ScheduleTier tier() {
            return entry.tier();
        }
    }

    /** The model's rules, in the order they run within a tier. */
    public static final RuleCatalogue STANDARD = new RuleCatalogue(List.of(
            entry("peerInfluence", "M3", PeerInfluenceRule.Params.class, PeerInfluenceRule::new, ScheduleTier.CITIES,
                    Control.slider("weight", "Peer influence (M3)",
                            "How strongly cities imitate pledged cities they are tied to (Rogers; Valente)", 0, 0.4)),
            entry("networkRecruitment", "M3", NetworkRecruitmentRule.Params.class, NetworkRecruitmentRule::new,
                    ScheduleTier.NETWORKS,
                    Control.onOff("City networks (M3)", "Networks such as C40 and ICLEI recruit, set standards and"
                            + " mentor; untick for a world without them", "networkServices")),
            entry("networkServices", "M3", NetworkServicesRule.Params.class, NetworkServicesRule::new,
                    ScheduleTier.NETWORKS,
                    Control.slider("mentoringRate", "Network mentoring (M3, M8)",
                            "Yearly rate at which a South member closes its capacity gap to its North mentor", 0, 0.4)),
            entry("demonstration", "M4", DemonstrationRule.Params.class, DemonstrationRule::new, ScheduleTier.CITIES),
            entry("campaigns", "M5", CampaignsRule.Params.class, CampaignsRule::new, ScheduleTier.CITIES,
                    Control.slider("weight", "Campaigns and summits (M5)",
                            "Pull of supranational campaigns such as Race to Zero on the cities they reach", 0, 0.6)),
            entry("nationalContext", "M6", NationalContextRule.Params.class, NationalContextRule::new,
                    ScheduleTier.NATIONAL,
                    Control.slider("weight", "National context (M6)",
                            "Pull of a supportive nation and its net-zero target on its cities", 0, 0.1),
                    Control.slider("mobilisation", "Counter-mobilisation (M6)",
                            "Surge of pledges by autonomous cities when their nation turns hostile (America's Pledge,"
                                    + " 2017)", 0, 40)),
            entry("greatPowerInterference", "M7", GreatPowerInterferenceRule.Params.class,
                    GreatPowerInterferenceRule::new, ScheduleTier.NATIONAL,
                    Control.slider("rivalry", "Great-power rivalry (M7)",
                            "Rivalry at the start: weakens ties between rival blocs and their mentoring and finance,"
                                    + " also to non-aligned cities", 0, 1),
                    Control.slider("populistTurnRate", "Populist turns (M7)",
                            "Yearly chance, scaled by a nation's populism, that it turns hostile for some years",
                            0, 0.5)),
            entry("capacityAndSupport", "M8", CapacityAndSupportRule.Params.class, CapacityAndSupportRule::new,
                    ScheduleTier.SUPRANATIONAL,
                    Control.slider("gamma", "Capacity barrier (M8)",
                            "How strongly low capacity holds a city back from pledging", 0, 3)),
            entry("firms", "M9", FirmsRule.Params.class, FirmsRule::new, ScheduleTier.FIRMS),
            entry("carbonMarket", "M10", CarbonMarketRule.Params.class, CarbonMarketRule::new, ScheduleTier.CITIES,
                    Control.slider("weight", "Carbon market (M10)",
                            "Pull of a national carbon price on cities' pledging (its cuts to emissions, faster"
                                    + " implementation and firms' pledges stay)", 0, 0.15)),
            entry("cityTypes", "M11", CityTypesRule.Params.class, CityTypesRule::new, ScheduleTier.CITIES),
            entry("implementation", "M12", ImplementationRule.Params.class, ImplementationRule::new,
                    ScheduleTier.IMPLEMENTATION)));

    private final List<Entry<?>> entries;

    public RuleCatalogue(List<Entry<?>> entries) {
        List<String> keys = new ArrayList<>();
        for (Entry<?> e : entries) {
            if (keys.contains(e.key())) {
                throw new IllegalArgumentException("two rules with the key " + e.key());
            }
            keys.add(e.key());
        }
        this.entries = List.copyOf(entries);
    }

    private static <P extends RuleParams> Entry<P> entry(String key, String mechanism, Class<P> params,
                                                         Function<P, ? extends Rule> factory, ScheduleTier tier,
                                                         Control... controls) {
        return new Entry<>(key, mechanism, params, factory, tier, List.of(controls));
    }

    public List<Entry<?>> entries() {
        return entries;
    }

    @Override
    public Map<String, Class<? extends RuleParams>> parameterTypes() {
        Map<String, Class<? extends RuleParams>> types = new LinkedHashMap<>();
        for (Entry<?> e : entries) {
            types.put(e.key(), e.params());
        }
        return types;
    }

    /**
     * The rules switched on, made from their parameters (a scenario's {@code rules} section by key),
     * in catalogue order.
     */
    public List<Active> enabled(Map<String, ? extends RuleParams> byKey) {
        List<Active> rules = new ArrayList<>();
        for (Entry<?> e : entries) {
            RuleParams p = byKey.get(e.key());
            if (p == null) {
                throw new IllegalArgumentException("no parameters for the rule " + e.key());
            }
            if (p.enabled()) {
                rules.add(new Active(e, e.create(p)));
            }
        }
        return List.copyOf(rules);
    }
}
