package org.polycentric.params;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a supranational body is (M1): a framework such as the UNFCCC, a regional union, a climate fund. */
public enum BodyKind {
    @JsonProperty("framework") FRAMEWORK,
    @JsonProperty("regionalUnion") REGIONAL_UNION,
    @JsonProperty("fund") FUND
}
