package org.diplograph.facts;

/**
 * Who took part in a meeting: a person (by identity key), an intergovernmental body (by identity key), or a
 * country (a delegation, a government, the host of a visit) when no person is named.
 *
 * @param personKey       identity key of the person, or null
 * @param organizationKey identity key of the organization ("Caribbean Community"), or null
 * @param name            name as reported (the person's name, or "Russian delegation")
 * @param countryIso2     the country the participant acts for, or null
 * @param side            participants with the same side came together (one delegation, the several hosts of
 *                        "met A and B"); who-met-whom pairs participants of different sides only
 * @param mention         where the participant is named
 */
public record Participant(String personKey, String organizationKey, String name, String countryIso2, int side,
                          Span mention) {
    /** The identity the meeting key and the pairs are built from: person, else organization, else country. */
    public String identity() {
        if (personKey != null)
            return "person:" + personKey;
        if (organizationKey != null)
            return "org:" + organizationKey;
        return countryIso2 == null ? "name:" + name : "country:" + countryIso2;
    }
}
