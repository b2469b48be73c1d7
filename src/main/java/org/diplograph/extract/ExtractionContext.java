package org.diplograph.extract;

import java.util.ArrayList;
import java.util.List;

import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.MeetingFact;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.Provenance;
import org.diplograph.facts.RelationFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.StatementFact;
import org.diplograph.facts.TimeFact;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * The working state of one article's extraction: the article, its CoreNLP annotation, and the facts found so
 * far. Stages append to the lists in order; {@link #toFacts} freezes them. Not thread-safe: one per article.
 */
public final class ExtractionContext {
    private final Article article;
    private final String contentHash;
    private CoreDocument document;

    public final List<CountryMention> countries = new ArrayList<>();
    public final List<PersonFact> people = new ArrayList<>();
    public final List<OrganizationFact> organizations = new ArrayList<>();
    public final List<PlaceFact> places = new ArrayList<>();
    public final List<TimeFact> times = new ArrayList<>();
    public final List<MeetingFact> meetings = new ArrayList<>();
    public final List<StatementFact> statements = new ArrayList<>();
    public final List<RelationFact> relations = new ArrayList<>();

    public ExtractionContext(Article article, String contentHash) {
        this.article = article;
        this.contentHash = contentHash;
    }

    public Article article() {
        return article;
    }

    /** SHA-256 of the article's whitespace-normalized text (see {@link Extractor#contentHash}). */
    public String contentHash() {
        return contentHash;
    }

    /** The CoreNLP annotation of {@code article().text()}; its offsets are local to that text. */
    public CoreDocument document() {
        if (document == null)
            throw new IllegalStateException("no CoreNLP annotation yet: the annotation stage must run first");
        return document;
    }

    public void setDocument(CoreDocument document) {
        this.document = document;
    }

    /** The span of local offsets {@code [begin, end)} of the article text, indexed in the source document. */
    public Span span(int localBegin, int localEnd) {
        return Span.of(article.text(), localBegin, localEnd).shift(article.offset());
    }

    public Provenance provenance(String step, int localBegin, int localEnd, double confidence) {
        return new Provenance(step, span(localBegin, localEnd), confidence);
    }

    public ArticleFacts toFacts() {
        return new ArticleFacts(article, contentHash, countries, people, organizations, places, times, meetings,
                statements, relations);
    }
}
