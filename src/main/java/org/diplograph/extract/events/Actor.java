package org.diplograph.extract.events;

/**
 * Someone who can take part in a meeting, found in one sentence: a person, an intergovernmental body, or a
 * country standing for its government or delegation. Tokens {@code [first, last]} cover the name with any
 * title absorbed ("Pakistan's National Security Adviser ... Nasser Khan Janjua").
 *
 * @param head the token of the name itself, where arguments are measured from
 */
public record Actor(Kind kind, int first, int last, int head, String personKey, String organizationKey, String name,
             String countryIso2, int mentionBegin, int mentionEnd) {
    public enum Kind { PERSON, ORGANIZATION, COUNTRY }

    public Actor withCountry(String iso2) {
        return new Actor(kind, first, last, head, personKey, organizationKey, name, iso2, mentionBegin, mentionEnd);
    }

    public boolean covers(int token) {
        return first <= token && token <= last;
    }

    public String identity() {
        return switch (kind) {
            case PERSON -> "person:" + personKey;
            case ORGANIZATION -> "org:" + organizationKey;
            case COUNTRY -> "country:" + countryIso2;
        };
    }
}
