package org.polycentric.model.docking;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * What the mean share pledged must be in the Bass docking cases: hazard mode with base rate p and
 * imitation weight q, every other rule off, synchronous steps of length dt. A city that has not
 * pledged pledges during a step with probability {@code 1 - exp(-dt (p + q s))}, where s is the
 * share of its tie neighbours that had pledged at the start of the step.
 */
final class BassPredictions {
    private BassPredictions() {
    }

    /** The per-step pledge probability for a hazard rate times dt. */
    enum StepProbability {
        /** What the model must do: {@code 1 - exp(-dt h)}. */
        EXACT(x -> -Math.expm1(-x)),
        /** The tempting shortcut {@code dt h}, used only to show the tests can tell the two apart. */
        LINEARISED(x -> Math.min(1, x));

        private final DoubleUnaryOperator of;

        StepProbability(DoubleUnaryOperator of) {
            this.of = of;
        }

        double of(double hazardTimesDt) {
            return of.applyAsDouble(hazardTimesDt);
        }
    }

    /** The continuous-time Bass (1969) curve F(t) = (1 - e^-(p+q)t) / (1 + (q/p) e^-(p+q)t). */
    static double closedForm(double p, double q, double t) {
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + q / p * e);
    }

    /**
     * The discrete recursion of the mean field on n cities, F' = F + (1 - F) P(dt (p + q F n/(n-1))),
     * at steps 0 .. steps from F = 0. An unpledged city sees the other n - 1 cities, of which nF have
     * pledged, so its share is nF/(n-1), not F. Exact as n grows (the mean of the stochastic model
     * differs by O(1/n), because the step is nonlinear in F).
     */
    static double[] meanField(double p, double q, double dt, int steps, int n, StepProbability step) {
        double[] f = new double[steps + 1];
        for (int k = 1; k <= steps; k++) {
            double seen = f[k - 1] * n / (n - 1.0);
            f[k] = f[k - 1] + (1 - f[k - 1]) * step.of(dt * (p + q * seen));
        }
        return f;
    }

    /**
     * The mean share pledged at steps 0 .. steps on a graph that is locally a tree, with degree
     * distribution {@code degrees[k]} (the fraction of cities with k ties), nobody pledged at first.
     * Exact on an infinite tree, hence in the limit of many cities for a ring (every city has two
     * ties and the only cycle is the whole ring) and for Erdos-Renyi graphs of fixed mean degree
     * (a city's neighbourhood out to any fixed distance is a tree with probability tending to 1).
     *
     * <p>Why it is exact. A city i of degree k with neighbours j, all unpledged so far, pledges in
     * a step with probability 1 - e^{-dt p} prod_j e^{-dt (q/k) x_j}, where x_j = 1 once j has
     * pledged: the hazard splits into one factor per neighbour. While i has not pledged it sends no
     * influence, so the subtree behind each neighbour evolves as if i were absent, and on a tree
     * these subtrees are disjoint and independent. Hence
     * <pre>
     *   P(i unpledged after K steps) = e^{-p dt K} A_k(K)^k,
     *   A_k(K) = E[ exp(-dt (q/k) (K - tau)^+) ],
     * </pre>
     * where tau is the step count after which a neighbour has pledged, in the subtree with i held
     * unpledged ("cavity"). The same argument one level down gives tau's law: a neighbour reached
     * along a tie has degree k' with probability r_k' = k' p_k' / z (z the mean degree), and it has
     * not pledged after m steps with probability G_k'(m) = e^{-p dt m} A_k'(m)^(k'-1), since i is
     * one of its k' ties and contributes nothing. With Gbar(m) = sum_k' r_k' G_k'(m) and tau >= 1,
     * <pre>
     *   A_k(K) = Gbar(K-1) + sum_{m=1}^{K-1} (Gbar(m-1) - Gbar(m)) exp(-dt (q/k) (K - m)),
     * </pre>
     * which needs Gbar only before step K, so all of it follows step by step. This is the message
     * passing of Karrer &amp; Newman (2010, Phys. Rev. E 82, 016101), written for discrete
     * synchronous steps. For a degree n - 1 it tends to the mean-field recursion.
     */
    static double[] treeLike(double[] degrees, double p, double q, double dt, int steps) {
        int kmax = degrees.length - 1;
        double z = 0;
        for (int k = 0; k <= kmax; k++) {
            z += k * degrees[k];
        }
        double[] gbar = new double[steps + 1];
        double[] f = new double[steps + 1];
        gbar[0] = 1;
        for (int step = 1; step <= steps; step++) {
            double base = Math.exp(-p * dt * step);
            double survive = degrees[0] * base;
            double cavity = 0;
            for (int k = 1; k <= kmax; k++) {
                if (degrees[k] == 0) {
                    continue;
                }
                double w = q / k;
                double sum = gbar[step - 1];
                for (int m = 1; m < step; m++) {
                    sum += (gbar[m - 1] - gbar[m]) * Math.exp(-dt * w * (step - m));
                }
                survive += degrees[k] * base * Math.pow(sum, k);
                cavity += k * degrees[k] / z * base * Math.pow(sum, k - 1);
            }
            gbar[step] = cavity;
            f[step] = 1 - survive;
        }
        return f;
    }

    /** Degrees in G(n, z/(n-1)): Binomial(n - 1, z/(n-1)), cut where the tail is below 1e-15. */
    static double[] erdosRenyiDegrees(int n, double z) {
        BinomialDistribution b = new BinomialDistribution(null, n - 1, z / (n - 1));
        int kmax = 0;
        while (kmax < n - 1 && 1 - b.cumulativeProbability(kmax) > 1e-15) {
            kmax++;
        }
        double[] p = new double[kmax + 1];
        for (int k = 0; k <= kmax; k++) {
            p[k] = b.probability(k);
        }
        return p;
    }

    /** Every city has exactly {@code degree} ties. */
    static double[] regularDegrees(int degree) {
        double[] p = new double[degree + 1];
        p[degree] = 1;
        return p;
    }
}
