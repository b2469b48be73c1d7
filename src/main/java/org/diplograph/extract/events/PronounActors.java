package org.diplograph.extract.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.diplograph.extract.text.Sentence;

/**
 * The actor a pronoun stands for. "They", "their", "them", "its": a group or body before it in the sentence
 * ("Cuba's government announced that its soldiers ..."), else the subject of the sentence or, in the nearest of the
 * three previous sentences that names one, its subject or last such actor. "He" and "she" are who-is-who's to
 * decide ({@link org.diplograph.extract.text.Pronouns}): where the officials stage joined one to a person, the
 * person's mention makes it an actor already; where it did not, it stays unresolved here too.
 */
public final class PronounActors {
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> PLURAL = Set.of("they", "their", "them", "its");
    private static final Set<String> GROUPS = Set.of("delegation", "delegations", "officials", "leaders",
            "government", "authorities", "ministers", "side", "team", "negotiators", "diplomats", "administration");
    private static final int LOOK_BACK = 3;

    private final List<Sentence> sentences;
    private final List<List<Actor>> actors;

    public PronounActors(List<Sentence> sentences, List<List<Actor>> actors) {
        this.sentences = sentences;
        this.actors = actors;
    }

    public static boolean isPronoun(Sentence s, int i) {
        return PERSONAL.contains(s.lower(i)) || PLURAL.contains(s.lower(i));
    }

    /** The actor the pronoun at token {@code i} of sentence {@code s} refers to, or null. */
    public Actor resolve(Sentence s, int i) {
        if (!PLURAL.contains(s.lower(i)))
            return null; // "he", "she": who is who declined it, no guess here
        Predicate<Actor> group = a -> a.kind() != Actor.Kind.PERSON && (s.lower(i).equals("its") || group(a));
        for (int k = actors.get(s.index()).size() - 1; k >= 0; k--) {
            Actor a = actors.get(s.index()).get(k);
            if (a.last() < i && group.test(a))
                return a; // "Cuba's government announced that its soldiers ..."
        }
        Actor subject = subject(s.index(), group);
        if (subject != null && subject.last() < i)
            return subject;
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - LOOK_BACK; k--) {
            Actor previous = subject(k, group);
            if (previous == null)
                previous = last(k, group);
            if (previous != null)
                return previous;
        }
        return null;
    }

    /** The first actor before the first finite verb of sentence {@code k}, if it can be the pronoun's antecedent. */
    private Actor subject(int k, Predicate<Actor> fits) {
        Sentence s = sentences.get(k);
        int verb = Clauses.firstFiniteVerb(s);
        for (Actor a : actors.get(k)) {
            if (a.head() >= verb)
                return null;
            if (fits.test(a))
                return a;
        }
        return null;
    }

    private Actor last(int k, Predicate<Actor> fits) {
        List<Actor> list = actors.get(k);
        for (int i = list.size() - 1; i >= 0; i--)
            if (fits.test(list.get(i)))
                return list.get(i);
        return null;
    }

    /** "they" stands for a group: a delegation, a government, a body; not for "the UK". */
    private static boolean group(Actor a) {
        if (a.kind() == Actor.Kind.ORGANIZATION)
            return true;
        for (String w : a.name().toLowerCase(java.util.Locale.ROOT).split("\\s+"))
            if (GROUPS.contains(w))
                return true;
        return false;
    }
}
