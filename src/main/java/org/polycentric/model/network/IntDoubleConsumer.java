package org.polycentric.model.network;


/** Receives a point index together with its distance, without boxing either. */
@FunctionalInterface
public interface IntDoubleConsumer {
    /**
     * @param index      index of the point in the arrays the index was built from
     * @param distanceKm great-circle distance from the query location, in km
     */
    void accept(int index, double distanceKm);
}
