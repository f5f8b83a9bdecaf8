package org.polycentric.model;


/** A city's rank in the urban hierarchy (M1, M4): global cities lead and demonstrate. */
public enum Tier {
    GLOBAL("global"), REGIONAL("regional"), SMALL_MEDIUM("small_medium");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    /** The snake_case label used in files and group names. */
    public String label() {
        return label;
    }
}
