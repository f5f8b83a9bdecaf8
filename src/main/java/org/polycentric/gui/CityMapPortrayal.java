package org.polycentric.gui;

import java.awt.Graphics2D;
import org.polycentric.model.Cities;
import org.polycentric.model.Polycentric;
import org.polycentric.scenario.Scenario;
import org.polycentric.scenario.WorldSpec;
import sim.field.continuous.Continuous2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.continuous.ContinuousPortrayal2D;
import sim.portrayal.simple.OvalPortrayal2D;
import sim.util.Double2D;

/**
 * The world map: one {@link CityMarker} per city in a Continuous2D of 360 x 140 degrees (every
 * inhabited latitude, 80 N to 60 S, as on a run's map chart), with longitude as x and latitude as
 * y flipped so that north is up; each city a disc coloured by its
 * pledge status and sized by the square root of its population (area proportional to population).
 * A real-data world's map has the countries underneath ({@link #countries()}, a layer of its own
 * below the ties); a synthetic world's keeps the plain background.
 */
final class CityMapPortrayal {
    static final double WIDTH = 360;
    static final double HEIGHT = 140;
    static final double NORTH_EDGE = 80;

    private final ContinuousPortrayal2D portrayal = new ContinuousPortrayal2D();
    private final CountriesPortrayal countries = new CountriesPortrayal();
    private Continuous2D field = new Continuous2D(10, WIDTH, HEIGHT);

    CityMapPortrayal() {
        portrayal.setPortrayalForClass(CityMarker.class, new CityDisc());
        portrayal.setField(field);
    }

    ContinuousPortrayal2D portrayal() {
        return portrayal;
    }

    Continuous2D field() {
        return field;
    }

    /** The layer of country outlines, to go under the ties and the cities. */
    CountriesPortrayal countries() {
        return countries;
    }

    /**
     * Whether the scenario's world is built from real data (its {@code world.source} is
     * {@code "real"}), so that the map shows the countries.
     */
    static boolean isRealWorld(Scenario scenario) {
        return scenario.world().source() == WorldSpec.Source.REAL;
    }

    /** Refills the field from the model's freshly built world (call after the model's start()). */
    void attach(Polycentric model) {
        countries.setShown(isRealWorld(model.world().scenario()));
        field = new Continuous2D(10, WIDTH, HEIGHT);
        Cities cities = model.world().cities();
        // small cities first, so the large ones are drawn (and hit) on top
        Integer[] order = new Integer[cities.count()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(cities.population[a], cities.population[b]));
        for (int i : order) {
            field.setObjectLocation(new CityMarker(model, i), location(cities.lon[i], cities.lat[i]));
        }
        portrayal.setField(field);
    }

    static Double2D location(double lon, double lat) {
        return new Double2D(lon + 180.0, NORTH_EDGE - lat);
    }

    /** Disc diameter in degrees: area grows with population, from about 1.5 to about 6 degrees. */
    static double diameter(double population) {
        return 1.2 + 0.0008 * Math.sqrt(Math.max(0.0, population));
    }

    /** A disc in the city's status colour, sized by its population. */
    static final class CityDisc extends OvalPortrayal2D {
        private static final long serialVersionUID = 1L;

        @Override
        public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
            CityMarker city = (CityMarker) object;
            paint = StatusColours.of(city.statusCode());
            scale = diameter(city.population());
            super.draw(object, graphics, info);
        }

        @Override
        public boolean hitObject(Object object, DrawInfo2D range) {
            scale = diameter(((CityMarker) object).population());
            return super.hitObject(object, range);
        }
    }
}
