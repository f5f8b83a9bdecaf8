package org.polycentric.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polycentric.params.Check;

/**
 * A scheduled change in the world (historical or counterfactual). {@code nation} or {@code region}
 * names its target for the national kinds; {@code body} names a fund for {@code fundBudget};
 * {@code network} and {@code into} name two networks of the world for {@code networkMerge}.
 *
 * <ul>
 *   <li>{@code stance}: national stance becomes {@code value} in [-1, 1] (withdrawal, re-entry)</li>
 *   <li>{@code netZeroTarget}: the nation adopts a net-zero target for year {@code value}</li>
 *   <li>{@code carbonPrice}: carbon price becomes {@code value} (USD per tonne)</li>
 *   <li>{@code rivalry}: great-power rivalry becomes {@code value} in [0, 1]</li>
 *   <li>{@code fundBudget}: a fund's yearly budget becomes {@code value} (million USD)</li>
 *   <li>{@code networkMerge}: every member of {@code network} joins {@code into} and {@code network}
 *       is dissolved; no {@code value}</li>
 * </ul>
 * {@code value} is required for every type but {@code networkMerge}, which takes none.
 */
public record EventSpec(double year, Type type, String nation, String region, String body, String network,
                        String into, Double value) {

    public enum Type {
        @JsonProperty("stance") STANCE,
        @JsonProperty("netZeroTarget") NET_ZERO_TARGET,
        @JsonProperty("carbonPrice") CARBON_PRICE,
        @JsonProperty("rivalry") RIVALRY,
        @JsonProperty("fundBudget") FUND_BUDGET,
        @JsonProperty("networkMerge") NETWORK_MERGE
    }

    public EventSpec {
        Check.present("type", type);
        Check.range("year", year, 1900, 2300);
        if (type == Type.NETWORK_MERGE) {
            Check.present("network", network);
            Check.present("into", into);
            Check.that(!network.equals(into), "into", "must differ from 'network' ('" + network + "')");
            Check.that(value == null, "value", "networkMerge takes no value; leave 'value' out");
        } else {
            Check.present("value", value);
            Check.that(network == null, "network", "is only for a networkMerge event");
            Check.that(into == null, "into", "is only for a networkMerge event");
        }
        switch (type) {
            case STANCE -> {
                requireNationOrRegion(nation, region);
                Check.range("value", value, -1, 1);
            }
            case NET_ZERO_TARGET -> {
                requireNationOrRegion(nation, region);
                Check.range("value", value, 1990, 2200);
            }
            case CARBON_PRICE -> {
                requireNationOrRegion(nation, region);
                Check.range("value", value, 0, 10_000);
            }
            case RIVALRY -> Check.range("value", value, 0, 1);
            case FUND_BUDGET -> {
                Check.present("body", body);
                Check.nonNegative("value", value);
            }
            case NETWORK_MERGE -> {
            }
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private static void requireNationOrRegion(String nation, String region) {
        Check.that((nation == null) != (region == null), "nation",
                "give exactly one of 'nation' (a nation code) or 'region' (a region name)");
    }
}
