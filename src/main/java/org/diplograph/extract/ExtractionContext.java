package org.diplograph.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.diplograph.extract.text.Tokens;
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
 * far, one list per {@link Layer}. Stages read the lists (read-only views) and add to them; a later stage that
 * learns more about a fact replaces it by the richer copy ({@link #replacePerson}), so no stage rebuilds another's
 * list. {@link #toFacts} freezes them. Not thread-safe: one per article.
 */
public final class ExtractionContext {
    private final Article article;
    private final String contentHash;
    private CoreDocument document;
    private Tokens tokens;

    private final List<CountryMention> countries = new ArrayList<>();
    private final List<NameMention> names = new ArrayList<>();
    private final List<PersonFact> people = new ArrayList<>();
    private final List<OrganizationFact> organizations = new ArrayList<>();
    private final List<PlaceFact> places = new ArrayList<>();
    private final List<TimeFact> times = new ArrayList<>();
    private final List<MeetingFact> meetings = new ArrayList<>();
    private final List<StatementFact> statements = new ArrayList<>();
    private final List<RelationFact> relations = new ArrayList<>();

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

    /** The CoreNLP annotation of {@code article().text()} ({@link Layer#TOKENS}); its offsets are local to that text. */
    public CoreDocument document() {
        if (document == null)
            throw new IllegalStateException("no CoreNLP annotation yet: the annotation stage must run first");
        return document;
    }

    /** The article's tokens and sentences as every stage sees them, made once from {@link #document()}. */
    public Tokens tokens() {
        if (tokens == null)
            tokens = new Tokens(document());
        return tokens;
    }

    /** Set once, by the stage that produces {@link Layer#TOKENS}. */
    public void setDocument(CoreDocument document) {
        if (this.document != null)
            throw new IllegalStateException("the article is annotated already");
        this.document = document;
    }

    /** The span of local offsets {@code [begin, end)} of the article text, indexed in the source document. */
    public Span span(int localBegin, int localEnd) {
        return Span.of(article.text(), localBegin, localEnd).shift(article.offset());
    }

    public Provenance provenance(String step, int localBegin, int localEnd, double confidence) {
        return new Provenance(step, span(localBegin, localEnd), confidence);
    }

    /** {@link Layer#COUNTRIES} and {@link Layer#COUNTRY_ANAPHORS}, in the order found. */
    public List<CountryMention> countries() {
        return Collections.unmodifiableList(countries);
    }

    public void addCountry(CountryMention country) {
        countries.add(country);
    }

    /** {@link Layer#NAMES}: the proper names of the article in text order. */
    public List<NameMention> names() {
        return Collections.unmodifiableList(names);
    }

    public void addNames(List<NameMention> found) {
        names.addAll(found);
    }

    /** {@link Layer#PERSONS}, completed by {@link Layer#POSTS}. */
    public List<PersonFact> people() {
        return Collections.unmodifiableList(people);
    }

    public void addPerson(PersonFact person) {
        people.add(person);
    }

    /**
     * Puts {@code enriched} (more posts, mentions, a country-scoped key) in the place of {@code person}, or drops it
     * when null (joined to another person).
     */
    public void replacePerson(PersonFact person, PersonFact enriched) {
        int i = indexOf(people, person);
        if (enriched == null)
            people.remove(i);
        else
            people.set(i, enriched);
    }

    /** {@link Layer#ORGANIZATIONS}. */
    public List<OrganizationFact> organizations() {
        return Collections.unmodifiableList(organizations);
    }

    public void addOrganization(OrganizationFact organization) {
        organizations.add(organization);
    }

    /** Puts {@code enriched} (a country learnt from its officials) in the place of {@code organization}. */
    public void replaceOrganization(OrganizationFact organization, OrganizationFact enriched) {
        organizations.set(indexOf(organizations, organization), enriched);
    }

    /** {@link Layer#PLACES}. */
    public List<PlaceFact> places() {
        return Collections.unmodifiableList(places);
    }

    public void addPlace(PlaceFact place) {
        places.add(place);
    }

    /** Puts {@code corrected} (fewer mentions) in the place of {@code place}, or drops it when null. */
    public void replacePlace(PlaceFact place, PlaceFact corrected) {
        int i = indexOf(places, place);
        if (corrected == null)
            places.remove(i);
        else
            places.set(i, corrected);
    }

    /** {@link Layer#TIMES}. */
    public List<TimeFact> times() {
        return Collections.unmodifiableList(times);
    }

    public void addTime(TimeFact time) {
        times.add(time);
    }

    /** {@link Layer#MEETINGS}. */
    public List<MeetingFact> meetings() {
        return Collections.unmodifiableList(meetings);
    }

    public void addMeeting(MeetingFact meeting) {
        meetings.add(meeting);
    }

    /** {@link Layer#STATEMENTS}. */
    public List<StatementFact> statements() {
        return Collections.unmodifiableList(statements);
    }

    public void addStatement(StatementFact statement) {
        statements.add(statement);
    }

    /** {@link Layer#RELATIONS}. */
    public List<RelationFact> relations() {
        return Collections.unmodifiableList(relations);
    }

    public void addRelation(RelationFact relation) {
        relations.add(relation);
    }

    public ArticleFacts toFacts() {
        return new ArticleFacts(article, contentHash, countries, people, organizations, places, times, meetings,
                statements, relations);
    }

    /** The index of {@code fact} itself (not of an equal copy) in {@code list}. */
    private static <T> int indexOf(List<T> list, T fact) {
        for (int i = 0; i < list.size(); i++)
            if (list.get(i) == fact)
                return i;
        throw new IllegalArgumentException("not in this article's facts: " + fact);
    }
}
