package org.diplograph.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PlaceFact;
import org.diplograph.facts.Span;
import org.diplograph.facts.TimeFact;

/**
 * What earlier stages found in one article, with spans turned back into local offsets of the article text so
 * that rules can look them up by token. Built once per article.
 */
public final class ArticleIndex {
    /** A fact's mention at local offsets {@code [begin, end)}. */
    public record Mention<T>(T fact, int begin, int end) {
    }

    private final ExtractionContext context;
    private final String text;
    private final List<Mention<PersonFact>> people = new ArrayList<>();
    private final List<Mention<OrganizationFact>> organizations = new ArrayList<>();
    private final List<Mention<PlaceFact>> places = new ArrayList<>();
    private final List<Mention<CountryMention>> countries = new ArrayList<>();
    private final List<Mention<TimeFact>> times = new ArrayList<>();

    public ArticleIndex(ExtractionContext context) {
        this.context = context;
        this.text = context.article().text();
        int shift = context.article().offset();
        for (PersonFact p : context.people())
            if (!isPronoun(p.name()))
                p.mentions().forEach(s -> people.add(local(p, s, shift)));
        for (OrganizationFact o : context.organizations())
            o.mentions().forEach(s -> organizations.add(local(o, s, shift)));
        for (PlaceFact p : context.places())
            p.mentions().forEach(s -> places.add(local(p, s, shift)));
        for (CountryMention c : context.countries())
            countries.add(local(c, c.span(), shift));
        for (TimeFact t : context.times())
            times.add(local(t, t.span(), shift));
    }

    public ExtractionContext context() {
        return context;
    }

    /** The article text; offsets of mentions are local to it. */
    public String text() {
        return text;
    }

    public List<Mention<PersonFact>> people() {
        return people;
    }

    public List<Mention<OrganizationFact>> organizations() {
        return organizations;
    }

    public List<Mention<PlaceFact>> places() {
        return places;
    }

    public List<Mention<CountryMention>> countries() {
        return countries;
    }

    public List<Mention<TimeFact>> times() {
        return times;
    }

    private static <T> Mention<T> local(T fact, Span span, int shift) {
        return new Mention<>(fact, span.begin() - shift, span.end() - shift);
    }

    public static boolean isPronoun(String name) {
        return Lexicon.PRONOUNS.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Mentions of {@code list} lying inside local offsets {@code [begin, end)}. */
    public static <T> List<Mention<T>> within(List<Mention<T>> list, int begin, int end) {
        return list.stream().filter(m -> m.begin() >= begin && m.end() <= end).toList();
    }

    /** The country mention overlapping local offsets {@code [begin, end)}, or null. */
    public CountryMention countryAt(int begin, int end) {
        for (Mention<CountryMention> m : countries)
            if (m.begin() < end && begin < m.end())
                return m.fact();
        return null;
    }

    /** The place whose mention overlaps local offsets {@code [begin, end)}, or null. */
    public PlaceFact placeAt(int begin, int end) {
        for (Mention<PlaceFact> m : places)
            if (m.begin() < end && begin < m.end())
                return m.fact();
        return null;
    }

    /** True if token {@code i} names a country (not by demonym) or a capital standing as a place. */
    public boolean isCountryOrCapital(Sentence s, int i) {
        if (i < 0 || i >= s.size())
            return false;
        CountryMention c = countryAt(s.begin(i), s.end(i));
        if (c != null)
            return !c.form().equals("demonym");
        PlaceFact p = placeAt(s.begin(i), s.end(i));
        return p != null && p.countryIso2() != null;
    }

    /** Whether the actor is a person who holds an office or whose country the text gives ("Mr Straw" of the UK). */
    public boolean actsForAState(Actor a) {
        if (a.kind() != Actor.Kind.PERSON)
            return false;
        return a.countryIso2() != null
                || context.people().stream().anyMatch(p -> p.key().equals(a.personKey()) && p.official());
    }

    /** Whether the actor is a person holding a post of an intergovernmental or other body ("UN Secretary-General"). */
    public boolean servesABody(Actor a) {
        return a.kind() == Actor.Kind.PERSON && context.people().stream().anyMatch(p -> p.key().equals(a.personKey())
                && p.posts().stream().anyMatch(post -> post.organization() != null));
    }

    public OrganizationFact organizationNamed(String key) {
        return context.organizations().stream().filter(o -> o.key().equals(key)).findFirst().orElse(null);
    }
}
