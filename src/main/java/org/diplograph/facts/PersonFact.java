package org.diplograph.facts;

import java.util.List;

/**
 * A person of one article, with every mention that refers to them.
 *
 * @param key      identity key, stable across articles: see {@code Identities#personKey}; for a person linked to the
 *                 office-holder tables, the table's person identifier ({@code us/joe-biden}), shared by every article
 * @param name     the fullest name used in the article, without honorifics
 * @param official true when the person acts for a state or intergovernmental body in this article
 * @param posts    titles held as of the article's date
 * @param mentions all mentions (full name, surname, title-only, pronoun) judged to be this person
 * @param wikidata the person's Wikidata item ({@code Q6279}) when a link to the office-holder tables gives one, or null
 */
public record PersonFact(String key, String name, boolean official, List<PostFact> posts, List<Span> mentions,
                         Provenance provenance, String wikidata) {
    public PersonFact {
        posts = List.copyOf(posts);
        mentions = List.copyOf(mentions);
    }

    /** A person no table links to (no Wikidata item). */
    public PersonFact(String key, String name, boolean official, List<PostFact> posts, List<Span> mentions,
                      Provenance provenance) {
        this(key, name, official, posts, mentions, provenance, null);
    }
}
