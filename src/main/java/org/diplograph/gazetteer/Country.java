package org.diplograph.gazetteer;

import java.util.List;

/**
 * A country or territory with an ISO 3166-1 code, as listed in {@code data/countries.tsv}.
 *
 * @param iso2     ISO 3166-1 alpha-2 code, e.g. {@code PK}
 * @param iso3     ISO 3166-1 alpha-3 code, e.g. {@code PAK}
 * @param wikidata Wikidata item, e.g. {@code Q843}
 * @param name     common English short name
 * @param aliases  other English names and short forms ("the United States", "America", "US")
 * @param demonyms adjectival and demonym forms ("Pakistani", "Pakistanis")
 * @param capitals capital cities, whose names also stand for the government ("Islamabad")
 */
public record Country(String iso2, String iso3, String wikidata, String name, List<String> aliases,
                      List<String> demonyms, List<String> capitals) {
    public Country {
        aliases = List.copyOf(aliases);
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
    }
}
