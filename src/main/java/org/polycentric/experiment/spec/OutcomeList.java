package org.polycentric.experiment.spec;

import java.util.List;

/**
 * An outcomes file as written: {@code { "outcomes": [ ... ] }}, each outcome object exactly as in
 * an experiment file ({@link OutcomeSpec}); at least one, each name once. {@code compare
 * --outcomes} reads it ({@link OutcomesLoader}).
 */
public record OutcomeList(List<OutcomeSpec> outcomes) {
    public OutcomeList {
        outcomes = OutcomeSpec.checkList(outcomes);
    }
}
