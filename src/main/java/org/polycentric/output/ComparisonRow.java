package org.polycentric.output;

/**
 * One row of a comparison ({@code compare}): the paired difference of one outcome between an arm
 * and the reference arm over the replications where both have a value, with its 95% t-interval.
 *
 * @param outcome        the outcome's name
 * @param arm            the arm's index (1, 2, ...; the reference is 0)
 * @param mean           the arm's mean over those replications
 * @param referenceMean  the reference's mean over the same replications
 * @param difference     the mean of the differences, arm minus reference
 * @param sd             the differences' standard deviation (NaN below two pairs)
 * @param n              pairs with a value in both arms
 */
public record ComparisonRow(String outcome, int arm, String label, String referenceLabel, double mean,
                            double referenceMean, double difference, double ci95Low, double ci95High, double sd,
                            long n) {
}
