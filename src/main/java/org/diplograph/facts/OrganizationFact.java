package org.diplograph.facts;

import java.util.List;

/**
 * An organization of one article: a state body, an intergovernmental body, a company or other.
 *
 * @param key         identity key, stable across articles
 * @param countryIso2 the country it belongs to, or null (intergovernmental or unknown)
 * @param kind        a state body, an intergovernmental body, or other
 */
public record OrganizationFact(String key, String name, String countryIso2, OrganizationKind kind, List<Span> mentions,
                               Provenance provenance) {
    public OrganizationFact {
        mentions = List.copyOf(mentions);
    }
}
