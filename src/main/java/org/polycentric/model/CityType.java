package org.polycentric.model;


/** A city's economic type (M11): it sets the cost of pledging and the speed of implementation. */
public enum CityType {
    INDUSTRIAL("industrial"), SERVICE("service"), TOURISM("tourism"), MIXED("mixed");

    private final String label;

    CityType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
