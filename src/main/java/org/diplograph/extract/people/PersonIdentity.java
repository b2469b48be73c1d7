package org.diplograph.extract.people;

import org.diplograph.facts.Identities;

/**
 * Who a person is across articles: the identity key that makes two mentions, here or in another article, one
 * person, hence one IRI. The key is the name plus the country the person acts for ({@link Identities#personKey}),
 * so the same official in two articles is one and two Ahmed Khans of two countries stay two. This is the one place a
 * person's key is settled (the entity stage's key, before anyone knows the country, is provisional); every later
 * stage reads it from the person. Linking a person to a table of office holders (who held which office when)
 * belongs here.
 */
final class PersonIdentity {
    private PersonIdentity() {
    }

    /** The key of the person named {@code name} who acts for {@code countryIso2} (null when no country is known). */
    static String keyOf(String name, String countryIso2) {
        return Identities.personKey(name, countryIso2);
    }
}
