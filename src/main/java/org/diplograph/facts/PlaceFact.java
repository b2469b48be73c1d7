package org.diplograph.facts;

import java.util.List;

/**
 * A city or region named in the article, with the country it lies in where known.
 */
public record PlaceFact(String key, String name, EntityType type, String countryIso2, List<Span> mentions,
                        Provenance provenance) {
    public PlaceFact {
        mentions = List.copyOf(mentions);
    }
}
