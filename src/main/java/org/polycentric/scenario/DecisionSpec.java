package org.polycentric.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.polycentric.params.Check;

/**
 * The pledge decision that combines the rules' signals.
 * <ul>
 *   <li>hazard: P(pledge in a step) = 1 - exp(-dt * m * (baseRate + sum of weighted signals)), the
 *       discrete-time form of Bass (1969);</li>
 *   <li>threshold: a city pledges once its weighted signal reaches its own threshold (Granovetter
 *       1978; Watts 2002), thresholds ~ N(mean, sd) clipped at 0, if its capacity is at least
 *       {@code minCapacity}.</li>
 * </ul>
 * A pledge's target year is {@code latest} unless the city is a leader (probability
 * {@code leaderProbability}, doubled for global-tier cities), which picks a year uniformly in
 * [earliest, latest - 5]; never sooner than {@code minLeadYears} after the pledge. Its ambition (the
 * share of emissions it promises to cut) is uniform in [ambitionMin, 1].
 */
public record DecisionSpec(Mode mode, double baseRate, ThresholdSpec threshold, double minCapacity,
                           TargetYearSpec targetYear, double ambitionMin) {

    public enum Mode {
        @JsonProperty("hazard") HAZARD,
        @JsonProperty("threshold") THRESHOLD
    }

    public DecisionSpec {
        Check.present("mode", mode);
        Check.range("baseRate", baseRate, 0, 100);
        Check.present("threshold", threshold);
        Check.range("minCapacity", minCapacity, 0, 1);
        Check.present("targetYear", targetYear);
        Check.range("ambitionMin", ambitionMin, 0, 1);
    }

    public record ThresholdSpec(double mean, double sd) {
        public ThresholdSpec {
            Check.range("mean", mean, 0, 100);
            Check.range("sd", sd, 0, 100);
        }
    }

    public record TargetYearSpec(int earliest, int latest, double leaderProbability, int minLeadYears) {
        public TargetYearSpec {
            Check.range("earliest", earliest, 1990, 2200);
            Check.range("latest", latest, 1990, 2200);
            Check.that(latest >= earliest, "latest", "must not be before earliest (" + earliest + "), was " + latest);
            Check.range("leaderProbability", leaderProbability, 0, 1);
            Check.range("minLeadYears", minLeadYears, 0, 100);
        }
    }
}
