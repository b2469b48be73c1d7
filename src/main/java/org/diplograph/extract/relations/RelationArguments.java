package org.diplograph.extract.relations;

import java.util.List;

import org.diplograph.extract.events.Actor;
import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.events.Lexicon;
import org.diplograph.extract.events.PronounActors;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.PloverType;

/**
 * The acting and the target country of a reported action in one sentence. Source: the modifier or possessor
 * of a noun trigger ("the US raid", "Russia's support"), its "by" agent ("the takeover ... by the United
 * States"), else the nearest actor with a country before the trigger in its clause (pronouns resolved). Target:
 * the first country after the trigger in its clause, as object, after a preposition or as a possessor ("of
 * Pakistan's membership"); a place ("in Venezuela", "registered in Florida") only for material conflict.
 */
final class RelationArguments {
    /** Source and target ISO codes, and whether a pronoun had to be resolved. */
    record Pair(String source, String target, boolean inferred) {
    }

    private final ArticleIndex index;
    private final Sentence s;
    private final List<Actor> actors;
    private final PronounActors pronouns;

    RelationArguments(ArticleIndex index, Sentence s, List<Actor> actors, PronounActors pronouns) {
        this.index = index;
        this.s = s;
        this.actors = actors;
        this.pronouns = pronouns;
    }

    Pair find(int t, boolean noun, PloverType type) {
        int end = noun && Plover.NEAR_TARGET.contains(s.lemma(t)) ? Math.min(end(t), t + 4) : end(t);
        if (noun && Plover.MUTUAL.contains(type)) {
            Pair both = compound(t);
            if (both != null)
                return both;
        }
        String source = noun ? modifier(t) : null, patient = null;
        if (source != null && Plover.PATIENT_NOUNS.contains(s.lemma(t)) && s.pos(t - 1).equals("POS")) {
            patient = source; // "Maduro's ouster ... by the United States"
            source = null;
        }
        int by = noun ? byAgent(t, end) : -1;
        if (source == null && by >= 0)
            source = countryAt(by, true);
        boolean inferred = false;
        if (source == null) {
            for (int i = t - 1; i >= Clauses.left(s, t) && source == null && patient == null; i--) {
                source = locative(i) ? null : countryAt(i, false);
                if (source == null && (PronounActors.isPronoun(s, i) || s.lower(i).equals("its"))) {
                    Actor a = pronouns.resolve(s, i);
                    source = a == null ? null : a.countryIso2();
                    inferred = true;
                }
            }
        }
        String target = patient;
        for (int j = t + 1; j <= end && target == null; j++) {
            if (j == by || j == by + 1)
                continue;
            boolean locative = locative(j);
            if (!locative || Plover.LOCATIVE_TARGET.contains(type))
                target = countryAt(j, locative);
            if (target != null && target.equals(source))
                target = null;
        }
        return new Pair(source, target, inferred);
    }

    private boolean locative(int i) {
        return Lexicon.LOCATIVES.contains(s.lower(i - 1))
                || s.lower(i - 1).equals("the") && Lexicon.LOCATIVES.contains(s.lower(i - 2));
    }

    /**
     * "U.S.-Pakistan cooperation", "the U.S.-Israel partnership": two countries joined by a hyphen right before a
     * noun of mutual relation are its two sides; null otherwise.
     */
    private Pair compound(int t) {
        int i = t - 1;
        while (i >= 0 && t - i <= 3 && (s.pos(i).startsWith("JJ") && index.countryAt(s.begin(i), s.end(i)) == null))
            i--; // "close", "economic"
        CountryMention b = i >= 0 ? index.countryAt(s.begin(i), s.end(i)) : null;
        if (b == null)
            return null;
        int j = i - 1;
        while (j >= 0 && index.countryAt(s.begin(j), s.end(j)) == b)
            j--;
        if (j < 1 || !(s.word(j).equals("-") || s.word(j).equals("–")))
            return null;
        CountryMention a = index.countryAt(s.begin(j - 1), s.end(j - 1));
        return a == null || a.iso2().equals(b.iso2()) ? null : new Pair(a.iso2(), b.iso2(), false);
    }

    /** "the US raid", "Russia's support", "US-backed": a country right before a noun trigger. */
    private String modifier(int t) {
        for (int i = t - 1; i >= 0 && i >= t - 3; i--) {
            String iso = countryAt(i, false);
            CountryMention c = index.countryAt(s.begin(i), s.end(i));
            if (iso == null && c != null)
                iso = c.iso2(); // "the Russian support": a demonym right before the noun is its agent
            if (iso != null)
                return iso;
            if (!(s.pos(i).startsWith("JJ") || s.pos(i).equals("POS") || s.pos(i).equals("HYPH") || s.pos(i).equals("NN")))
                return null;
        }
        return null;
    }

    private int byAgent(int t, int end) {
        for (int j = t + 1; j < end; j++)
            if (s.lower(j).equals("by") && (countryAt(j + 1, true) != null || countryAt(j + 2, true) != null))
                return countryAt(j + 1, true) != null ? j + 1 : j + 2;
        return -1;
    }

    private int end(int t) {
        for (int j = t + 1; j < s.size(); j++)
            if (Clauses.isBreak(s, j) && !s.lower(j).equals("that") || s.isFiniteVerb(j) && j > t + 1)
                return j - 1;
        return s.size() - 1;
    }

    /** The country token {@code i} stands for: an actor with a country, a country mention, or a US state. */
    private String countryAt(int i, boolean asPlace) {
        if (i < 0 || i >= s.size())
            return null;
        for (Actor a : actors)
            if (a.covers(i) && a.countryIso2() != null && a.kind() != Actor.Kind.ORGANIZATION)
                return a.countryIso2();
        CountryMention c = index.countryAt(s.begin(i), s.end(i));
        if (c != null && !c.form().equals("demonym"))
            return c.iso2(); // a demonym counts only as an actor: "Venezuelan oil" is not Venezuela
        return asPlace ? Regions.countryOf(s, i) : null;
    }
}
