package org.diplograph.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of an office-holder table: a person holding an office for a country or an organization over a span of
 * time, as one source says.
 *
 * @param personId     stable identifier of the person, usable in IRIs ({@code gb/tony-blair})
 * @param name         the person's name as commonly written
 * @param surname      the family name as written ("Blair", "Kishida", "Hu", "Lopez Obrador")
 * @param aliases      other names of the person (all rows of one person pool theirs)
 * @param office       the office as the source titles it ("Prime Minister")
 * @param kind         the kind of office
 * @param country      ISO 3166-1 alpha-2 code of the state the person acts for, or null for a post of an organization
 * @param organization the intergovernmental organization of the post ("United Nations"), or null
 * @param accreditedTo where a head of mission or envoy is sent: an ISO code or an organization name, or null
 * @param start        first day in office as far as known, or null if the source gives none
 * @param end          last day in office, or null: in office at the source's latest date
 * @param source       where the row comes from ({@code factbook}, {@code ifg}, {@code curated}, a user's name…)
 * @param ref          where in the source (file and record id, edition years, or the reference of a curated row)
 * @param wikidata     the person's Wikidata item ({@code Q9545}), or null
 */
public record Holding(String personId, String name, String surname, List<String> aliases, String office,
                      OfficeKind kind, String country, String organization, String accreditedTo, PartialDate start,
                      PartialDate end, String source, String ref, String wikidata) {
    public Holding {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        aliases = List.copyOf(aliases);
        if ((country == null) == (organization == null))
            throw new IllegalArgumentException("a holding needs a country or an organization, not both");
    }

    /** Whether the term covers the day, counting every day a partial or missing date can mean. */
    public boolean heldOn(LocalDate day) {
        return (start == null || !day.isBefore(start.first())) && (end == null || !day.isAfter(end.last()));
    }

    /** The country or the organization the office belongs to. */
    public String holder() {
        return country != null ? country : organization;
    }

    /** This row with another end. */
    public Holding withEnd(PartialDate newEnd) {
        return new Holding(personId, name, surname, aliases, office, kind, country, organization, accreditedTo,
                start, newEnd, source, ref, wikidata);
    }

    /** This row with other name fields and identity, as the build settles them. */
    public Holding withPerson(String id, String newName, String newSurname, List<String> newAliases, String qid) {
        return new Holding(id, newName, newSurname, newAliases, office, kind, country, organization, accreditedTo,
                start, end, source, ref, qid);
    }
}
