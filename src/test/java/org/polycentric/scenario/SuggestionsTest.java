package org.polycentric.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("name", "description", "events", "addEvents", "k", "m");

    @Test
    void caseOnlyDifferencesAreSuggestedWhateverTheirLength() {
        assertEquals("addEvents", Suggestions.closest("ADDEVENTS", KEYS));
        assertEquals("k", Suggestions.closest("K", KEYS));
    }

    @Test
    void upToTwoEditsAreSuggestedASwapCountingAsOne() {
        assertEquals("name", Suggestions.closest("nmae", KEYS)); // one swap
        assertEquals("events", Suggestions.closest("evnets", KEYS));
        assertEquals("events", Suggestions.closest("event", KEYS)); // one deletion
        assertEquals("description", Suggestions.closest("descripton", KEYS));
        assertEquals("description", Suggestions.closest("desciprtion", KEYS)); // two edits
        assertNull(Suggestions.closest("desc", KEYS)); // seven edits
        assertEquals(1, Suggestions.distance("nmae", "name"));
        assertEquals(2, Suggestions.distance("nmea", "name"));
        assertEquals(3, Suggestions.distance("abc", "xyz"));
    }

    @Test
    void shortWordsNeedToBeCloserThanHalfTheirLength() {
        assertNull(Suggestions.closest("x", KEYS)); // one edit from "k", but that is all of it
        assertEquals("name", Suggestions.closest("nam", KEYS));
        assertNull(Suggestions.closest("ab", List.of("xy")));
    }

    @Test
    void theNearestWinsAndTiesGoToTheFirstGiven() {
        assertEquals("weight", Suggestions.closest("weigth", List.of("height", "weight")));
        assertEquals("cat", Suggestions.closest("cot", List.of("cat", "cut")));
    }

    @Test
    void theUnknownKeyMessageSortsTheAllowedKeys() {
        assertEquals("unknown key 'nmae'; did you mean 'name'? allowed: addEvents, description, events, k, m, name",
                Suggestions.unknownKey("nmae", KEYS));
        assertEquals("unknown key 'zzz'; allowed: (none)", Suggestions.unknownKey("zzz", List.of()));
    }
}
