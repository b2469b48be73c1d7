package org.diplograph.knowledge;

import java.time.LocalDate;
import java.util.List;

/**
 * A person of the office-holder tables: every row with one identifier, pooled.
 *
 * @param id       stable identifier, usable in IRIs ({@code gb/tony-blair})
 * @param name     the name as commonly written (from the first row)
 * @param surname  the family name as written; when no row gives one, the last word of the name
 * @param aliases  every other name the rows give, without the name itself
 * @param wikidata the Wikidata item, or null
 * @param holdings the person's rows, by start date
 */
public record Person(String id, String name, String surname, List<String> aliases, String wikidata,
                     List<Holding> holdings) {
    public Person {
        aliases = List.copyOf(aliases);
        holdings = List.copyOf(holdings);
    }

    /** One identifier, one person: equal when the identifiers are (and cheap to hash, unlike all the rows). */
    @Override
    public boolean equals(Object o) {
        return o instanceof Person p && p.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    /** The rows whose term covers the day. */
    public List<Holding> holdingsOn(LocalDate day) {
        return holdings.stream().filter(h -> h.heldOn(day)).toList();
    }

    /** The name and every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), aliases.stream()).toList();
    }
}
