package org.polycentric.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polycentric.params.Check;

/**
 * A scheduled change in the world (historical or counterfactual). {@code nation} or {@code region}
 * names its target for the national kinds; {@code body} names a fund for {@code fundBudget}.
 *
 * <ul>
 *   <li>{@code stance}: national stance becomes {@code value} in [-1, 1] (withdrawal, re-entry)</li>
 *   <li>{@code netZeroTarget}: the nation adopts a net-zero target for year {@code value}</li>
 *   <li>{@code carbonPrice}: carbon price becomes {@code value} (USD per tonne)</li>
 *   <li>{@code rivalry}: great-power rivalry becomes {@code value} in [0, 1]</li>
 *   <li>{@code fundBudget}: a fund's yearly budget becomes {@code value} (million USD)</li>
 * </ul>
 */
public record EventSpec(double year, Type type, String nation, String region, String body, double value) {

    public enum Type {
        @JsonProperty("stance") STANCE,
        @JsonProperty("netZeroTarget") NET_ZERO_TARGET,
        @JsonProperty("carbonPrice") CARBON_PRICE,
        @JsonProperty("rivalry") RIVALRY,
        @JsonProperty("fundBudget") FUND_BUDGET
    }

    public EventSpec {
        Check.present("type", type);
        Check.range("year", year, 1900, 2300);
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
            default -> throw new IllegalStateException(type.toString());
        }
    }

    private static void requireNationOrRegion(String nation, String region) {
        Check.that((nation == null) != (region == null), "nation",
                "give exactly one of 'nation' (a nation code) or 'region' (a region name)");
    }
}
