package org.polycentric.output.charts;


/**
 * Cities on a longitude/latitude map, coloured by the year they pledged (NaN: never pledged),
 * sized by population.
 */
public record MapChartSpec(String title, double[] lon, double[] lat, double[] pledgeYear, double[] population,
                           int firstYear, int lastYear, String caption) {
    public MapChartSpec {
        if (lon.length != lat.length || lon.length != pledgeYear.length || lon.length != population.length) {
            throw new IllegalArgumentException("map arrays differ in length");
        }
    }
}
