package org.polycentric.model;


/**
 * A campaign or summit of a supranational body (M5): Paris 2015, Race to Zero 2020, a COP hosted
 * by a city. {@code networkMask} marks the networks whose members it reaches in full; {@code hostCity}
 * is -1 when there is none. A regional union's campaigns reach only its body's region.
 */
public record Campaign(String name, int body, double year, double intensity, int networkMask, int hostCity) {
}
