package org.polycentric.model;


/** All firms as parallel arrays (M9): home city, sector, size and pledge. */
public final class Firms {
    private final int count;
    private final String[] sectors;
    public final int[] homeCity;
    public final byte[] sector;
    public final double[] size;
    public final boolean[] pledged;
    public final double[] pledgeYear;

    public Firms(int count, String[] sectors) {
        this.count = count;
        this.sectors = sectors.clone();
        homeCity = new int[count];
        sector = new byte[count];
        size = new double[count];
        pledged = new boolean[count];
        pledgeYear = new double[count];
        java.util.Arrays.fill(pledgeYear, Double.NaN);
    }

    public int count() { return count; }
    public int sectorCount() { return sectors.length; }
    public String sectorName(int s) { return sectors[s]; }
}
