package org.diplograph.knowledge.build;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.knowledge.PersonNames;

/**
 * ISO 3166-1 alpha-2 codes for the territory identifiers of the Office of the Historian ({@code united-kingdom},
 * {@code congo-kinshasa}): the country table's names and aliases as slugs, and the identifiers they do not give.
 * States that no longer exist (Czechoslovakia, the German Democratic Republic, South Vietnam, Yugoslavia) and
 * US states that were once foreign (Texas, Hawaii) have no code and are left out.
 */
final class Territories {
    private static final Map<String, String> OTHER = Map.ofEntries(
            Map.entry("burma", "MM"), Map.entry("congo-democratic-republic", "CD"), Map.entry("congo-kinshasa", "CD"),
            Map.entry("zaire", "CD"), Map.entry("congo-republic", "CG"), Map.entry("congo-brazzaville", "CG"),
            Map.entry("cote-divoire", "CI"), Map.entry("holy-see", "VA"), Map.entry("vatican", "VA"),
            Map.entry("korea", "KR"), Map.entry("south-korea", "KR"), Map.entry("north-korea", "KP"),
            Map.entry("macedonia", "MK"), Map.entry("micronesia", "FM"), Map.entry("micronesia-federated-states-of", "FM"),
            Map.entry("swaziland", "SZ"), Map.entry("timor-leste", "TL"), Map.entry("east-timor", "TL"),
            Map.entry("saint-kitts-nevis", "KN"), Map.entry("antigua-barbuda", "AG"),
            Map.entry("bosnia-herzegovina", "BA"), Map.entry("saint-vincent-grenadines", "VC"),
            Map.entry("kosovo", "XK"), Map.entry("palestinian-territories", "PS"), Map.entry("palestine", "PS"),
            Map.entry("palestinian-authority", "PS"), Map.entry("germany-federal-republic-of", "DE"),
            Map.entry("vietnam", "VN"), Map.entry("russia", "RU"),
            Map.entry("taiwan", "TW"), Map.entry("china-republic-of", "TW"),
            Map.entry("korea-south", "KR"), Map.entry("turkiye", "TR"), Map.entry("somoa", "WS"), Map.entry("czechia", "CZ"),
            Map.entry("eswatini", "SZ"), Map.entry("north-macedonia", "MK"));
    private static final java.util.Set<String> GONE = java.util.Set.of("czechoslovakia", "czechoslovakia-1993",
            "german-democratic-republic", "vietnam-south", "south-vietnam-1975", "yugoslavia", "yugoslavia-1946",
            "socialist-federal-republic-of-yugoslavia-1992", "serbia-and-montenegro", "texas", "hawaii",
            "two-sicilies", "kingdom-of-two-sicilies-1861", "joseon-dynasty-1910", "state-of-vietnam-1955",
            "albania-1946");

    private final Map<String, String> codes = new HashMap<>();

    Territories(CountryTable countries) {
        for (Country c : countries.all()) {
            codes.putIfAbsent(PersonNames.slug(c.name()), c.iso2());
            for (String a : c.aliases())
                codes.putIfAbsent(PersonNames.slug(a), c.iso2());
        }
        codes.putAll(OTHER);
    }

    /** The code of a territory identifier; empty for states that no longer exist or unknown identifiers. */
    Optional<String> iso2(String slug) {
        if (GONE.contains(slug))
            return Optional.empty();
        return Optional.ofNullable(codes.get(slug));
    }

    /** Whether the identifier names a state that no longer exists (so a missing code is expected). */
    boolean gone(String slug) {
        return GONE.contains(slug);
    }
}
