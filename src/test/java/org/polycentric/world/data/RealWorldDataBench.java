package org.polycentric.world.data;

import java.util.Arrays;

/**
 * Speed of reading the real world's data files in one JVM (bench/real-world-data.sh runs it): all
 * cities (the gzipped CSV, about 135,000 rows) and all countries, repeated. The first repetition
 * pays for loading and compiling the reader; the others show the steady cost. Timings belong here,
 * not in the tests.
 *
 * <p>Arguments: the number of repetitions (default 10).
 */
final class RealWorldDataBench {

    private RealWorldDataBench() {
    }

    public static void main(String[] args) {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        double[] cityMs = new double[repetitions];
        double[] countryMs = new double[repetitions];
        int rows = 0;
        int countries = 0;
        for (int rep = 0; rep < repetitions; rep++) {
            long start = System.nanoTime();
            CityTable cities = CityTable.load();
            cityMs[rep] = (System.nanoTime() - start) / 1e6;
            start = System.nanoTime();
            CountryTable table = CountryTable.load();
            countryMs[rep] = (System.nanoTime() - start) / 1e6;
            rows = cities.size();
            countries = table.size();
        }
        System.out.printf("%-28s %9s %9s %9s%n", "file (rows)", "first ms", "best ms", "median ms");
        print("cities.csv.gz (" + rows + ")", cityMs);
        print("countries.csv (" + countries + ")", countryMs);
    }

    private static void print(String label, double[] ms) {
        double[] rest = ms.length > 1 ? Arrays.copyOfRange(ms, 1, ms.length) : ms.clone();
        Arrays.sort(rest);
        System.out.printf("%-28s %9.1f %9.1f %9.1f%n", label, ms[0], rest[0], rest[rest.length / 2]);
    }
}
