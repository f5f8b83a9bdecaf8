package org.polycentric.params;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a city network admits members (M3): by invitation of the largest cities, open, or regional. */
public enum MembershipPolicy {
    @JsonProperty("invitation") INVITATION,
    @JsonProperty("open") OPEN,
    @JsonProperty("regional") REGIONAL
}
