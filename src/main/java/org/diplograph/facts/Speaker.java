package org.diplograph.facts;

/**
 * Who made a statement: a person (by identity key) or an organization (by identity key), as named at
 * {@code mention}; both keys null when the speaker could not be resolved.
 */
public record Speaker(String personKey, String organizationKey, String name, String countryIso2, Span mention) {
}
