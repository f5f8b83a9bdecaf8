package org.polycentric.output.charts;


/**
 * Cities on a longitude/latitude map, coloured by the year they pledged (NaN: never pledged),
 * sized by population; on a real-data world ({@code countryOutlines}) over the countries' outlines.
 */
public record MapChartSpec(String title, double[] lon, double[] lat, double[] pledgeYear, double[] population,
                           int firstYear, int lastYear, String caption, boolean countryOutlines) {
    public MapChartSpec {
        if (lon.length != lat.length || lon.length != pledgeYear.length || lon.length != population.length) {
            throw new IllegalArgumentException("map arrays differ in length");
        }
    }

    /** A map on a plain background (a synthetic world: its countries have no outlines). */
    public MapChartSpec(String title, double[] lon, double[] lat, double[] pledgeYear, double[] population,
                        int firstYear, int lastYear, String caption) {
        this(title, lon, lat, pledgeYear, population, firstYear, lastYear, caption, false);
    }
}
