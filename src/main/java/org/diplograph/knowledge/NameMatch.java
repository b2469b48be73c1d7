package org.diplograph.knowledge;

import java.util.List;

/**
 * A person whose name fits a name from a text, how it fits, and the offices the person held on the date asked
 * (all of them when no date was given).
 */
public record NameMatch(Person person, Fit fit, List<Holding> holdings) {
    public NameMatch {
        holdings = List.copyOf(holdings);
    }

    /** How a name fits a person, from the strongest. */
    public enum Fit {
        /** The name or one of the aliases, in the normal form ("Joseph R. Biden, Jr." for "Joseph R. Biden"). */
        EXACT,
        /**
         * The same person by the structure of the name: first given name and surname, with or without middle
         * names or their initials, either order ("Joseph Biden", "Antony J. Blinken", "Kishida Fumio").
         */
        FORM,
        /** The surname alone: a caller should link only with more evidence (the full name elsewhere, a title). */
        SURNAME
    }
}
