package org.diplograph.extract.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Genders;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PersonFact;
import org.diplograph.facts.PostFact;
import org.diplograph.facts.Span;

/**
 * What earlier stages found, looked up by span: the person, organization or country named at a place of the
 * text. Speakers take their identity from here, never from keys of their own.
 */
final class EntityIndex {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "him", "her");

    private final ExtractionContext context;

    EntityIndex(ExtractionContext context) {
        this.context = context;
    }

    /** The person with a mention overlapping {@code span}, preferring one whose mention contains it. */
    PersonFact personAt(Span span) {
        PersonFact overlapping = null;
        for (PersonFact p : context.people())
            for (Span m : p.mentions()) {
                if (PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT)))
                    continue;   // NER sometimes tags "He" as a person: the pronoun is resolved, not looked up
                if (m.contains(span))
                    return p;
                if (m.overlaps(span) && overlapping == null)
                    overlapping = p;
            }
        return overlapping;
    }

    /** The one person named at the end of {@code phrase} ("Secretary of State Antony J. Blinken"), or null. */
    PersonFact personEnding(Span phrase) {
        List<PersonFact> in = personsIn(phrase);
        if (in.size() != 1)
            return null;
        for (Span m : in.get(0).mentions())
            if (m.end() == phrase.end() && phrase.contains(m) && !PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT)))
                return in.get(0);
        return null;
    }

    /** The one person holding a post titled exactly {@code title} ("Foreign Minister"), case aside; else null. */
    PersonFact personTitled(String title) {
        PersonFact found = null;
        for (PersonFact p : context.people())
            if (p.posts().stream().anyMatch(post -> post.title().equalsIgnoreCase(title))) {
                if (found != null)
                    return null;
                found = p;
            }
        return found;
    }

    /** The person the officials stage joined the pronoun at {@code span} to, or null. */
    PersonFact personLinkedAt(Span span) {
        for (PersonFact p : context.people())
            for (Span m : p.mentions())
                if (m.begin() == span.begin() && m.end() == span.end())
                    return p;
        return null;
    }

    /**
     * The person with the fullest name, not written in capitals, that holds {@code word} as a whole word, case aside
     * ("PHAM" in "Pham Minh Chinh"); null when none does or two names of that length do.
     */
    PersonFact personWithWord(String word) {
        PersonFact found = null;
        boolean tie = false;
        for (PersonFact p : context.people()) {
            if (p.name().equals(p.name().toUpperCase(Locale.ROOT)) || !hasWord(p.name(), word))
                continue;
            int words = p.name().split("\\s+").length, best = found == null ? 0 : found.name().split("\\s+").length;
            tie = words == best || words < best && tie;
            if (words > best)
                found = p;
        }
        return tie ? null : found;   // the fullest name: "Mevlüt Çavuşoğlu" rather than a lone "Çavuşoğlu"
    }

    PersonFact personByKey(String key) {
        return context.people().stream().filter(p -> p.key().equals(key)).findFirst().orElse(null);
    }

    OrganizationFact organizationAt(Span span) {
        for (OrganizationFact o : context.organizations())
            for (Span m : o.mentions())
                if (m.overlaps(span))
                    return o;
        return null;
    }

    CountryMention countryAt(Span span) {
        for (CountryMention c : context.countries())
            if (c.span().overlaps(span))
                return c;
        return null;
    }

    /** The country mentioned last before {@code offset}, or null. */
    CountryMention lastCountryBefore(int offset) {
        CountryMention best = null;
        for (CountryMention c : context.countries())
            if (c.span().end() <= offset && (best == null || c.span().begin() > best.span().begin()))
                best = c;
        return best;
    }

    /** ISO codes of the countries named inside {@code span}, in order of first mention. */
    List<String> countriesIn(Span span) {
        Set<String> codes = new LinkedHashSet<>();
        context.countries().stream().filter(c -> span.contains(c.span()))
                .sorted((a, b) -> Integer.compare(a.span().begin(), b.span().begin()))
                .forEach(c -> codes.add(c.iso2()));
        return List.copyOf(codes);
    }

    /** People with a mention inside {@code span}, in order of mention. */
    List<PersonFact> personsIn(Span span) {
        List<PersonFact> found = new ArrayList<>();
        for (PersonFact p : context.people())
            if (p.mentions().stream().anyMatch(span::contains))
                found.add(p);
        found.sort((a, b) -> Integer.compare(firstIn(a, span), firstIn(b, span)));
        return found;
    }

    /** The organization last named before {@code offset} whose name holds {@code word} ("the ministry"). */
    OrganizationFact lastOrganizationNamed(String word, int offset) {
        OrganizationFact best = null;
        int bestAt = -1;
        for (OrganizationFact o : context.organizations()) {
            if (!hasWord(o.name(), word))
                continue;
            for (Span m : o.mentions())
                if (m.end() <= offset && m.begin() > bestAt) {
                    best = o;
                    bestAt = m.begin();
                }
        }
        return best;
    }

    /**
     * The organization of {@code kind} mentioned most often before {@code offset} (the latest of those), of country
     * {@code country} when that is given; null if none.
     */
    OrganizationFact mostNamedBefore(int offset, OrganizationKind kind, String country) {
        OrganizationFact best = null;
        int bestCount = 0, bestAt = -1;
        for (OrganizationFact o : context.organizations()) {
            if (o.kind() != kind || country != null && !country.equals(o.countryIso2()))
                continue;
            int count = 0, at = -1;
            for (Span m : o.mentions())
                if (m.end() <= offset) {
                    count++;
                    at = Math.max(at, m.begin());
                }
            if (count > bestCount || count == bestCount && count > 0 && at > bestAt) {
                best = o;
                bestCount = count;
                bestAt = at;
            }
        }
        return best;
    }

    /** People named before {@code offset} holding a post whose title holds {@code word} ("the mayor"). */
    List<PersonFact> personsTitled(String word, int offset) {
        List<PersonFact> found = new ArrayList<>();
        for (PersonFact p : context.people())
            if (p.mentions().get(0).begin() < offset && p.posts().stream().map(PostFact::title)
                    .anyMatch(title -> hasWord(title, word)))
                found.add(p);
        return found;
    }

    /**
     * People named before {@code offset} holding a post whose title fits {@code words} (a title without a name, its
     * head last): the title has every one of the words, its own head is the last of them, and it has no rank the
     * words lack ("the prime minister" is not the Deputy Prime Minister). Words match on their first five letters
     * ("Economic Minister" fits "Economy Minister").
     */
    List<PersonFact> personsTitled(List<String> words, int offset) {
        List<PersonFact> found = new ArrayList<>();
        if (words.isEmpty())
            return found;
        List<String> stems = words.stream().map(EntityIndex::stem).toList();
        for (PersonFact p : context.people())
            if (p.mentions().get(0).begin() < offset && p.posts().stream().map(PostFact::title)
                    .anyMatch(title -> fits(title, stems)))
                found.add(p);
        return found;
    }

    /** Words of a title that make a lesser or another office of it. */
    private static final Set<String> RANKS = Set.of("deputy", "vice", "shadow", "assistant", "under", "junior",
            "acting", "interim", "associate", "former", "minister-counselor", "parliamentary");

    private static boolean fits(String title, List<String> stems) {
        String[] all = title.toLowerCase(Locale.ROOT).split("\\s+(of|for|to)\\s+", 2)[0].split("[^\\p{L}\\p{N}]+");
        List<String> titleWords = Arrays.stream(all).filter(w -> !w.isEmpty()).toList();
        if (titleWords.isEmpty() || !stem(titleWords.get(titleWords.size() - 1)).equals(stems.get(stems.size() - 1)))
            return false;
        for (String w : titleWords)
            if (RANKS.contains(w) && !stems.contains(stem(w)))
                return false;
        List<String> titleStems = Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .map(EntityIndex::stem).toList();
        return titleStems.containsAll(stems);
    }

    private static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.substring(0, Math.min(5, w.length()));
    }

    Genders.Gender gender(PersonFact p) {
        return Genders.ofPerson(p.name(), p.mentions(), context.article().text(), context.article().offset());
    }

    String countryOf(PersonFact p) {
        return p.posts().stream().map(PostFact::countryIso2).filter(c -> c != null).findFirst().orElse(null);
    }

    private static int firstIn(PersonFact p, Span span) {
        return p.mentions().stream().filter(span::contains).mapToInt(Span::begin).min().orElse(Integer.MAX_VALUE);
    }

    private static boolean hasWord(String name, String word) {
        String n = " " + name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        return n.contains(" " + word.toLowerCase(Locale.ROOT) + " ");
    }
}
