package org.diplograph.extract.relations;

import java.util.Set;

import org.diplograph.extract.text.Sentence;

/**
 * First-level regions that news names instead of their country, for targets given as a place ("a speedboat
 * registered in Florida"). Only the US states for now: the most frequent such case in English news.
 */
final class Regions {
    private static final Set<String> US_STATES = Set.of("Alabama", "Alaska", "Arizona", "Arkansas", "California",
            "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
            "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
            "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
            "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "Wisconsin", "Wyoming");

    private Regions() {
    }

    /** "US" when token {@code i} is a US state tagged as a state or province, else null. */
    static String countryOf(Sentence s, int i) {
        return (s.ner(i).equals("STATE_OR_PROVINCE") || s.ner(i).equals("LOCATION")) && US_STATES.contains(s.word(i)) ? "US" : null;
    }
}
