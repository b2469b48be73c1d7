package org.diplograph.facts;

/**
 * Who took part in a meeting: a person (by identity key), or a country (a delegation, a government) when no
 * person is named.
 *
 * @param personKey   identity key of the person, or null
 * @param name        name as reported (the person's name, or "Russian delegation")
 * @param countryIso2 the country the participant acts for, or null
 * @param mention     where the participant is named
 */
public record Participant(String personKey, String name, String countryIso2, Span mention) {
}
