package org.diplograph.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.diplograph.extract.text.Sentence;

/**
 * "The Pakistani president" stands for the one person of the article titled president of Pakistan ("President
 * Musharraf of Pakistan"), when there is exactly one. (Where the officials stage already resolved such a title
 * to its holder, the person's mention covers the phrase and this never applies.)
 */
public final class TitleHolders {
    private static final Set<String> TITLES = Set.of("president", "prime", "minister", "premier", "chancellor",
            "king", "queen", "emir", "leader", "secretary", "foreign", "defence", "defense", "finance", "ambassador",
            "envoy");
    /** Words that make another office of a title: "the Pakistani president" is not its vice-president. */
    private static final Set<String> MODIFIERS = Set.of("deputy", "vice", "vice-president", "acting", "interim",
            "assistant", "first", "former");

    private TitleHolders() {
    }

    public static List<List<Actor>> resolve(List<Sentence> sentences, List<List<Actor>> bySentence) {
        Map<String, Set<String>> titles = new HashMap<>();
        Map<String, Actor> persons = new HashMap<>();
        for (Sentence s : sentences)
            for (Actor a : bySentence.get(s.index()))
                if (a.kind() == Actor.Kind.PERSON && a.countryIso2() != null) {
                    persons.putIfAbsent(a.personKey(), a);
                    titles.computeIfAbsent(a.personKey(), k -> new HashSet<>()).addAll(words(s, a.first(), a.last()));
                }
        List<List<Actor>> out = new ArrayList<>();
        for (Sentence s : sentences) {
            List<Actor> resolved = new ArrayList<>();
            for (Actor a : bySentence.get(s.index()))
                resolved.add(a.kind() == Actor.Kind.COUNTRY ? holder(s, a, titles, persons) : a);
            out.add(resolved);
        }
        return out;
    }

    private static Actor holder(Sentence s, Actor a, Map<String, Set<String>> titles, Map<String, Actor> persons) {
        Set<String> wanted = words(s, a.first(), a.last());
        if (wanted.isEmpty() || !TITLES.contains(s.lower(a.last())))
            return a;
        Actor match = null;
        for (Map.Entry<String, Set<String>> e : titles.entrySet()) {
            Actor p = persons.get(e.getKey());
            if (Objects.equals(p.countryIso2(), a.countryIso2()) && e.getValue().containsAll(wanted)
                    && wanted.containsAll(modifiers(e.getValue()))) {
                if (match != null)
                    return a;
                match = p;
            }
        }
        return match == null ? a : new Actor(Actor.Kind.PERSON, a.first(), a.last(), a.head(), match.personKey(), null,
                match.name(), match.countryIso2(), a.mentionBegin(), a.mentionEnd());
    }

    /** The title words and modifiers of tokens {@code [from, to]}. */
    private static Set<String> words(Sentence s, int from, int to) {
        Set<String> out = new HashSet<>();
        for (int i = from; i <= to; i++)
            if (TITLES.contains(s.lower(i)) || MODIFIERS.contains(s.lower(i)))
                out.add(s.lower(i));
        return out;
    }

    private static Set<String> modifiers(Set<String> words) {
        Set<String> out = new HashSet<>(words);
        out.retainAll(MODIFIERS);
        return out;
    }
}
