package org.diplograph.facts;

/**
 * A typed, dated, directed relation between two countries, e.g. RU → PK {@code SUPPORT}.
 *
 * @param sourceIso2 the acting country
 * @param targetIso2 the country acted upon
 * @param type       PLOVER event type
 * @param date       TIMEX value, or null
 */
public record RelationFact(String key, String sourceIso2, String targetIso2, PloverType type, String date,
                           Provenance provenance) {
}
