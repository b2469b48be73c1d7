package org.diplograph.extract.meetings;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.Actors;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.text.Sentence;
import org.diplograph.extract.text.SpeakerTurns;
import org.diplograph.facts.PersonFact;
import org.diplograph.knowledge.PersonNames;

/**
 * Who "I" and "we" are where the text says it: in a transcript turn, "I" is the person its label names
 * ("FOREIGN MINISTER ÇAVUŞOĞLU: ... I had a candid and direct talk with two colleagues") and "we" that person's
 * country ("SECRETARY BLINKEN: ... where we are on the talks with ..."); in a text that opens "We, the leaders of
 * Japan, the Republic of Korea, and the United States, ...", "we" and "our" are those countries. Anywhere else a
 * first person stays unknown (a quote's speaker is the statement stage's to find, after this one).
 */
final class FirstPerson {
    private static final Set<String> SINGULAR = Set.of("i", "me", "my");
    private static final Set<String> PLURAL = Set.of("we", "us", "our");
    private static final Set<String> SIGNERS = Set.of("leaders", "heads", "ministers", "representatives", "governments",
            "presidents");
    private static final Set<String> LIST_WORDS = Set.of(",", "and", "the", "(", ")", "-lrb-", "-rrb-");

    private final ArticleIndex index;
    private final SpeakerTurns turns;
    private final List<Sentence> sentences;
    private final List<List<Actor>> actors;
    /** The countries of "We, the leaders of A, B and C", and the sentence that names them. */
    private final List<Actor> signatories;
    private final int signedAt;

    FirstPerson(ArticleIndex index, SpeakerTurns turns, List<Sentence> sentences, List<List<Actor>> actors) {
        this.index = index;
        this.turns = turns;
        this.sentences = sentences;
        this.actors = actors;
        List<Actor> found = List.of();
        int at = -1;
        for (Sentence s : sentences) {
            found = signatories(s, actors.get(s.index()));
            if (!found.isEmpty()) {
                at = s.index();
                break;
            }
        }
        this.signatories = found;
        this.signedAt = at;
    }

    static boolean isPlural(Sentence s, int i) {
        return PLURAL.contains(s.lower(i));
    }

    static boolean is(Sentence s, int i) {
        return SINGULAR.contains(s.lower(i)) || PLURAL.contains(s.lower(i));
    }

    /** The parties the first-person pronoun at token {@code i} stands for, named by the pronoun; empty if unknown. */
    List<Party> of(Sentence s, int i) {
        String w = s.lower(i);
        if (w.equals("us") && s.word(i).equals("US"))
            return List.of(); // the country, not the pronoun
        SpeakerTurns.Label label = turns.labelOf(s.index());
        if (label != null) {
            Actor speaker = speaker(label);
            if (speaker == null || label.sentence() == s.index() && i < label.colon())
                return List.of();
            if (SINGULAR.contains(w))
                return List.of(named(speaker, s, i));
            return speaker.countryIso2() == null ? List.of()
                    : List.of(named(new Actor(Actor.Kind.COUNTRY, i, i, i, null, null, speaker.countryIso2(),
                    speaker.countryIso2(), s.begin(i), s.end(i)), s, i));
        }
        if (PLURAL.contains(w) && s.index() >= signedAt && signedAt >= 0) {
            List<Party> out = new ArrayList<>();
            for (Actor a : signatories)
                out.add(named(a, s, i));
            return out;
        }
        return List.of();
    }

    private static Party named(Actor a, Sentence s, int i) {
        return new Party(a, 0, s.begin(i), s.end(i), true);
    }

    /**
     * The person the label names, or null ("QUESTION", a name no stage found): the person found in its words, else
     * the one person of the article whose last name is a word of it ("FOREIGN MINISTER ÇAVUŞOĞLU", which NER does
     * not tag, is the Mevlüt Çavuşoğlu named elsewhere), with a country if any of its mentions has one.
     */
    private Actor speaker(SpeakerTurns.Label label) {
        for (Actor a : actors.get(label.sentence()))
            if (a.kind() == Actor.Kind.PERSON && a.head() >= label.first() && a.head() < label.colon())
                return a;
        Set<String> words = new HashSet<>();
        Sentence s = sentences.get(label.sentence());
        for (int i = label.first(); i < label.colon(); i++)
            words.add(PersonNames.key(s.word(i)));
        PersonFact found = null;
        for (ArticleIndex.Mention<PersonFact> m : index.people()) {
            List<String> name = PersonNames.tokens(m.fact().name());
            if (name.isEmpty() || !words.contains(name.get(name.size() - 1)))
                continue;
            if (found != null && !found.key().equals(m.fact().key()))
                return null; // two people of that name: no guess
            found = m.fact();
        }
        return found == null ? null : new Actor(Actor.Kind.PERSON, label.first(), label.colon() - 1, label.colon() - 1,
                found.key(), null, found.name(), Actors.postCountry(found), s.begin(label.first()), s.end(label.colon() - 1));
    }

    /**
     * "We, the leaders of Japan, the Republic of Korea (ROK), and the United States (U.S.), commemorate ...", "We –
     * the Leaders of Australia, India, Japan and the United States – convened": the countries "we" stands for.
     */
    private static List<Actor> signatories(Sentence s, List<Actor> actors) {
        if (!s.word(0).equals("We") || !(s.lower(1).equals(",") || s.pos(1).equals(":") || s.lower(1).matches("[-–—]+")))
            return List.of();
        int of = -1;
        for (int i = 2; i < s.size() && i <= 6; i++)
            if (s.lower(i).equals("of") && SIGNERS.contains(s.lower(i - 1))) {
                of = i;
                break;
            }
        if (of < 0)
            return List.of();
        List<Actor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int from = of + 1;
        for (Actor a : actors) {
            if (a.first() < from)
                continue;
            if (!onlyListWords(s, from, a.first()))
                break;
            if (a.kind() == Actor.Kind.COUNTRY && seen.add(a.countryIso2()))
                out.add(a);
            from = a.last() + 1;
        }
        return out.size() >= 2 ? out : List.of();
    }

    private static boolean onlyListWords(Sentence s, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            String w = s.lower(i);
            if (w.equals("(") || w.equals("-lrb-"))
                depth++;
            else if (w.equals(")") || w.equals("-rrb-"))
                depth--;
            else if (depth == 0 && !LIST_WORDS.contains(w))
                return false;
        }
        return true;
    }
}
