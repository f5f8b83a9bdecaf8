package org.polycentric.model.docking;


/**
 * The analytic cascade window and frequency of global cascades of Watts (2002, "A simple model of
 * global cascades on random networks", PNAS 99, 5766-5771) on an Erdos-Renyi graph of mean
 * degree z, every city with threshold phi, one random seed.
 *
 * <p><b>Vulnerable cities.</b> A city of degree k pledges when the share of its neighbours that
 * have pledged reaches phi. One pledged neighbour gives 1/k, so the city is <i>vulnerable</i>
 * (one neighbour suffices) when 1 &lt;= k &lt;= K with K = floor(1/phi); K = 5 for phi = 0.18. A
 * city with no ties never pledges (it has no share to read).
 *
 * <p><b>Degrees.</b> Poisson: p_k = e^-z z^k / k!. A city reached along a random tie has degree k
 * with probability q_k = k p_k / z (it is found in proportion to its ties); for the Poisson law its
 * other k - 1 ties are again Poisson(z), which is why the generating functions
 * G0(x) = sum_k p_k x^k and G1(x) = sum_k q_k x^(k-1) are both e^{z(x-1)}.
 *
 * <p><b>The vulnerable cluster as a branching process.</b> Let u be the probability that following
 * a random tie does <i>not</i> lead into the infinite cluster of connected vulnerable cities. The
 * city reached leads in only if it is vulnerable and at least one of its other k - 1 ties leads in,
 * these events being independent on a locally tree-like graph:
 * <pre>
 *   u = 1 - sum_{k=1..K} q_k (1 - u^(k-1)).                                   (1)
 * </pre>
 * u = 1 always solves (1); the right side is increasing and convex in u, so a second root u* &lt; 1
 * exists exactly when its slope at u = 1 exceeds 1:
 * <pre>
 *   sum_{k=1..K} (k - 1) q_k &gt; 1,  i.e.  sum_{k=1..K} k (k - 1) p_k &gt; z,               (2)
 * </pre>
 * Watts's cascade condition. For phi = 0.18 it holds for 1.0207 &lt; z &lt; 5.7647: the
 * cascade window. Below it the graph is too sparse to connect; above it too few cities are
 * vulnerable. Iterating (1) from u = 0 climbs monotonically to the smallest root, u*.
 *
 * <p><b>Frequency of global cascades.</b> The seed is active from the start whatever its degree.
 * The cascade becomes global exactly when one of the seed's ties leads into the infinite
 * vulnerable cluster, which then pledges city by city and carries most of the graph with it
 * (cities outside it pledge once enough of their neighbours have). So the frequency is the size of
 * the <i>extended</i> vulnerable cluster, the infinite vulnerable cluster plus its neighbours
 * (Watts 2002 estimates the frequency of global cascades by this cluster's size):
 * <pre>
 *   P(global cascade) = 1 - G0(u*) = 1 - sum_k p_k u*^k = 1 - e^{-z (1 - u*)}.            (3)
 * </pre>
 * The infinite vulnerable cluster itself has size sum_{k=1..K} p_k (1 - u*^k).
 *
 * <p><b>Finite graphs.</b> (3) is the limit of infinitely many cities. In a graph of N cities a
 * finite cascade of s cities has about z^2 s^2 / (2N) non-vulnerable neighbours with two pledged
 * neighbours (ties closing cycles, which a tree does not have); those that pledge can ignite a
 * global cascade from a finite vulnerable cluster. So on finite graphs the window reaches beyond
 * its analytic upper edge and the frequency near it is higher than (3), the more so the smaller N.
 */
final class WattsCascadeWindow {
    private final double z;
    private final int k;
    private final double[] degrees;

    /** @param z mean degree; @param phi the threshold every city has */
    WattsCascadeWindow(double z, double phi) {
        this.z = z;
        this.k = vulnerableUpTo(phi);
        // Poisson p_k up to where it no longer matters (only k <= K enters the formulas)
        degrees = new double[k + 1];
        degrees[0] = Math.exp(-z);
        for (int d = 1; d <= k; d++) {
            degrees[d] = degrees[d - 1] * z / d;
        }
    }

    /**
     * The largest degree at which one pledged neighbour reaches phi, compared as the model does
     * (share 1/k against the threshold, ">=").
     */
    static int vulnerableUpTo(double phi) {
        int k = 0;
        while (1.0 / (k + 1) >= phi) {
            k++;
        }
        return k;
    }

    /** sum_{k<=K} k (k-1) p_k / z: above 1 inside the cascade window (2). */
    double cascadeCondition() {
        double sum = 0;
        for (int d = 2; d <= k; d++) {
            sum += d * (d - 1) * degrees[d];
        }
        return sum / z;
    }

    /** u*, the smallest root of (1): the chance a tie does not lead into the infinite vulnerable cluster. */
    double tieMissesTheCluster() {
        if (z == 0 || cascadeCondition() <= 1) {
            return 1;
        }
        double u = 0;
        for (int iteration = 0; iteration < 10_000_000; iteration++) {
            double next = 1;
            for (int d = 1; d <= k; d++) {
                next -= d * degrees[d] / z * (1 - Math.pow(u, d - 1));
            }
            if (Math.abs(next - u) < 1e-15) {
                return next;
            }
            u = next;
        }
        throw new IllegalStateException("no convergence at z = " + z);
    }

    /** (3): the frequency of global cascades from one random seed, the extended vulnerable cluster's size. */
    double globalCascadeFrequency() {
        return 1 - Math.exp(-z * (1 - tieMissesTheCluster()));
    }

    /** The size of the infinite vulnerable cluster. */
    double vulnerableClusterSize() {
        double u = tieMissesTheCluster();
        double sum = 0;
        for (int d = 1; d <= k; d++) {
            sum += degrees[d] * (1 - Math.pow(u, d));
        }
        return sum;
    }

    /** The mean degree in (lo, hi) where the cascade condition (2) crosses 1, by bisection. */
    static double edge(double phi, double lo, double hi) {
        boolean insideAtLo = new WattsCascadeWindow(lo, phi).cascadeCondition() > 1;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if ((new WattsCascadeWindow(mid, phi).cascadeCondition() > 1) == insideAtLo) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
