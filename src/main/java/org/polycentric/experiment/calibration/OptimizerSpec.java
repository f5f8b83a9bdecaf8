package org.polycentric.experiment.calibration;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polycentric.params.Check;

/**
 * How the parameters are searched, in the unit cube [0, 1]^k of their ranges (log ranges in
 * log(value)): CMA-ES (Hansen 2006) or BOBYQA (Powell 2009), both from Apache Commons Math, stopped
 * after {@code maxEvaluations} evaluations of the error at most. Each kind takes only its own keys;
 * defaults that depend on the number of parameters k are filled in by {@link #populationSize(int)}
 * and {@link #interpolationPoints(int)}.
 *
 * @param maxEvaluations  evaluations at most, default {@value #DEFAULT_MAX_EVALUATIONS}
 * @param populationSize  cmaes: points per generation, default 4 + floor(3 ln k)
 * @param sigma           cmaes: initial step size in unit space, default {@value #DEFAULT_SIGMA}
 * @param interpolationPoints bobyqa: points of its quadratic model, k + 2 to (k + 1)(k + 2) / 2, default 2k + 1
 * @param initialRadius   bobyqa: initial trust region radius in unit space, default {@value #DEFAULT_INITIAL_RADIUS}
 * @param stoppingRadius  bobyqa: the radius at which it stops, default {@value #DEFAULT_STOPPING_RADIUS}
 */
public record OptimizerSpec(Kind kind, Integer maxEvaluations, Integer populationSize, Double sigma,
                            Integer interpolationPoints, Double initialRadius, Double stoppingRadius) {

    /** The optimisers, as the file spells them. */
    public enum Kind {
        @JsonProperty("cmaes") CMAES,
        @JsonProperty("bobyqa") BOBYQA;

        /** As the file spells it. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final int DEFAULT_MAX_EVALUATIONS = 200;
    public static final double DEFAULT_SIGMA = 0.3;
    public static final double DEFAULT_INITIAL_RADIUS = 0.2;
    public static final double DEFAULT_STOPPING_RADIUS = 1e-3;

    public OptimizerSpec {
        Check.present("kind", kind);
        maxEvaluations = maxEvaluations == null ? DEFAULT_MAX_EVALUATIONS : maxEvaluations;
        Check.range("maxEvaluations", maxEvaluations, 1, 1_000_000);
        if (kind == Kind.CMAES) {
            notFor(kind, interpolationPoints, "interpolationPoints");
            notFor(kind, initialRadius, "initialRadius");
            notFor(kind, stoppingRadius, "stoppingRadius");
            if (populationSize != null) {
                Check.range("populationSize", populationSize, 2, 10_000);
            }
            sigma = sigma == null ? DEFAULT_SIGMA : sigma;
            Check.that(sigma > 0 && sigma <= 1, "sigma", "must be above 0 and at most 1 (a share of each range),"
                    + " was " + Check.fmt(sigma));
        } else {
            notFor(kind, populationSize, "populationSize");
            notFor(kind, sigma, "sigma");
            initialRadius = initialRadius == null ? DEFAULT_INITIAL_RADIUS : initialRadius;
            stoppingRadius = stoppingRadius == null ? DEFAULT_STOPPING_RADIUS : stoppingRadius;
            Check.that(initialRadius > 0 && initialRadius <= 0.5, "initialRadius", "must be above 0 and at most 0.5"
                    + " (a share of each range; BOBYQA needs twice it inside the range), was " + Check.fmt(initialRadius));
            Check.that(stoppingRadius > 0 && stoppingRadius < initialRadius, "stoppingRadius", "must be above 0 and"
                    + " below initialRadius (" + Check.fmt(initialRadius) + "), was " + Check.fmt(stoppingRadius));
        }
    }

    private static void notFor(Kind kind, Object value, String key) {
        String other = kind == Kind.CMAES ? "bobyqa" : "cmaes";
        Check.that(value == null, key, "is only for the " + other + " optimizer; leave it out for " + kind.id());
    }

    /** CMA-ES's points per generation for k parameters: as given, else Hansen's 4 + floor(3 ln k). */
    public int populationSize(int k) {
        return populationSize != null ? populationSize : 4 + (int) Math.floor(3 * Math.log(k));
    }

    /** BOBYQA's interpolation points for k parameters: as given, else 2k + 1 (Powell's advice). */
    public int interpolationPoints(int k) {
        return interpolationPoints != null ? interpolationPoints : 2 * k + 1;
    }
}
