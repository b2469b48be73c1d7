package org.diplograph.rdf;

import java.util.Locale;

import org.diplograph.facts.Article;
import org.diplograph.facts.Identities;
import org.diplograph.facts.Span;
import org.diplograph.rdf.vocabulary.DG;

/**
 * Mints the IRIs of the graph. They are stable: the same article, country or person gives the same IRI on every
 * run, which is what lets a re-ingest replace instead of duplicate.
 */
public final class Iris {
    private Iris() {
    }

    /** From the article's URL when it has one, else from its content hash. */
    public static String article(Article article, String contentHash) {
        String basis = article.url() != null && !article.url().isBlank() ? "url:" + article.url().strip() : contentHash;
        return DG.ID + "article/" + Identities.sha256(basis).substring(0, 24);
    }

    /** Each article's facts live in a named graph whose name is the article's IRI. */
    public static String articleGraph(String articleIri) {
        return articleIri;
    }

    public static String country(String iso2) {
        return DG.ID + "country/" + iso2.toUpperCase(Locale.ROOT);
    }

    public static String person(String key) {
        return DG.ID + "person/" + key;
    }

    public static String organization(String key) {
        return DG.ID + "organization/" + key;
    }

    public static String place(String key) {
        return DG.ID + "place/" + key;
    }

    public static String meeting(String key) {
        return DG.ID + "meeting/" + key;
    }

    public static String run(String id) {
        return DG.ID + "run/" + id;
    }

    public static String wikidata(String qid) {
        return "http://www.wikidata.org/entity/" + qid;
    }

    /** A fact or span local to an article: {@code <article>#kind-begin-end}. */
    public static String local(String articleIri, String kind, Span span) {
        return articleIri + "#" + kind + "-" + span.begin() + "-" + span.end();
    }

    public static String local(String articleIri, String kind, int index) {
        return articleIri + "#" + kind + "-" + index;
    }
}
