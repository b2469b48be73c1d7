package org.diplograph.extract.events;

import java.util.List;
import java.util.Set;

import org.diplograph.extract.text.Sentence;

/**
 * Resolves "he", "her", "their" to an actor, cheaply and only where news prose makes it safe: the subject of
 * the same sentence when the pronoun follows it ("Persad-Bissessar told reporters that her conversation ..."),
 * else, in the nearest of the three previous sentences that names one, its subject, or failing that its last
 * person ("His comments came as President George W Bush said ... He is due to meet ...").
 */
public final class Pronouns {
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him");
    private static final Set<String> PLURAL = Set.of("they", "their", "them", "its");
    private static final Set<String> GROUPS = Set.of("delegation", "delegations", "officials", "leaders",
            "government", "authorities", "ministers", "side", "team", "negotiators", "diplomats", "administration");
    private static final Set<String> PERSON_NOUNS = Set.of("president", "minister", "ministers", "leader",
            "premier", "chancellor", "king", "emir", "envoy", "ambassador", "counterpart", "prime");
    private static final int LOOK_BACK = 3;

    private final List<Sentence> sentences;
    private final List<List<Actor>> actors;

    public Pronouns(List<Sentence> sentences, List<List<Actor>> actors) {
        this.sentences = sentences;
        this.actors = actors;
    }

    public static boolean isPronoun(Sentence s, int i) {
        return PERSONAL.contains(s.lower(i)) || PLURAL.contains(s.lower(i));
    }

    /** The actor the pronoun at token {@code i} of sentence {@code s} refers to, or null. */
    public Actor resolve(Sentence s, int i) {
        java.util.function.Predicate<Actor> plural = PLURAL.contains(s.lower(i))
                ? a -> a.kind() != Actor.Kind.PERSON && (s.lower(i).equals("its") || group(a)) : null;
        if (plural != null)
            for (int k = actors.get(s.index()).size() - 1; k >= 0; k--) {
                Actor a = actors.get(s.index()).get(k);
                if (a.last() < i && plural.test(a))
                    return a; // "Cuba's government announced that its soldiers ..."
            }
        Actor subject = subject(s.index(), plural);
        if (subject != null && subject.last() < i)
            return subject;
        for (int k = s.index() - 1; k >= 0 && k >= s.index() - LOOK_BACK; k--) {
            Actor previous = subject(k, plural);
            if (previous == null)
                previous = last(k, plural);
            if (previous != null)
                return previous;
        }
        return null;
    }

    /** The first actor before the first finite verb of sentence {@code k}, if it can be a pronoun's antecedent. */
    private Actor subject(int k, java.util.function.Predicate<Actor> plural) {
        Sentence s = sentences.get(k);
        int verb = Clauses.firstFiniteVerb(s);
        for (Actor a : actors.get(k)) {
            if (a.head() >= verb)
                return null;
            if (plural != null ? plural.test(a) : personLike(a))
                return a;
        }
        return null;
    }

    private Actor last(int k, java.util.function.Predicate<Actor> plural) {
        List<Actor> list = actors.get(k);
        for (int i = list.size() - 1; i >= 0; i--)
            if (plural != null ? plural.test(list.get(i)) : personLike(list.get(i)))
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

    private static boolean personLike(Actor a) {
        if (a.kind() == Actor.Kind.PERSON)
            return true;
        String[] words = a.name().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        return a.kind() == Actor.Kind.COUNTRY && PERSON_NOUNS.contains(words[words.length - 1]);
    }
}
