package org.diplograph.knowledge.build;

import java.util.List;

import org.diplograph.knowledge.OfficeKind;
import org.diplograph.knowledge.PartialDate;

/**
 * What one source says about one term of office, before persons are matched across sources.
 *
 * @param source       source name ({@code factbook}, {@code pocom}, {@code ifg}, {@code visits}, {@code phoenix},
 *                     {@code countryinfo}, {@code curated})
 * @param ref          where in the source
 * @param personKey    the source's own identifier of the person, or null when it has none (then names decide)
 * @param name         the name as the source writes it, in text case
 * @param surname      the family name, or null when the source does not mark it
 * @param aliases      other names the source gives
 * @param office       the office as the source titles it
 * @param kind         the kind of office
 * @param country      ISO code of the state the person acts for, or null
 * @param organization organization of the post, or null
 * @param accreditedTo receiving side of a mission, or null
 * @param start        start, or null when unknown
 * @param end          end, or null when in office at the source's date
 * @param softEnd      whether the end is only as far as the source vouches (its last edition), so that another
 *                     person's start in the same single-holder office may cut it
 * @param wikidata     Wikidata item, or null
 */
record SourceRow(String source, String ref, String personKey, String name, String surname, List<String> aliases,
                 String office, OfficeKind kind, String country, String organization, String accreditedTo,
                 PartialDate start, PartialDate end, boolean softEnd, String wikidata) {
    SourceRow {
        aliases = List.copyOf(aliases);
    }

    String holder() {
        return country != null ? country : organization;
    }

    SourceRow withEnd(PartialDate newEnd, boolean soft) {
        return new SourceRow(source, ref, personKey, name, surname, aliases, office, kind, country, organization,
                accreditedTo, start, newEnd, soft, wikidata);
    }
}
