package org.diplograph.extract.events;

import org.diplograph.extract.people.TitleLexicon;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;

/**
 * When a country mention stands for an actor. A demonym does only before a group noun ("a Russian delegation",
 * "the Pakistani president"); a name does when bare ("talks with Iran", "visited Pakistan") or as the possessor
 * of a group noun ("Pakistan's government"), not as the possessor of a thing ("Pakistan's membership") nor
 * after a locative preposition ("in Pakistan": a place).
 */
final class CountryActors {
    private static final java.util.Set<String> PLACE_NOUNS = java.util.Set.of("country", "nation", "island",
            "islands", "state", "capital", "city", "kingdom", "republic", "territory", "region", "streets", "parts");

    private CountryActors() {
    }

    static Actor of(ArticleIndex index, Sentence s, ArticleIndex.Mention<CountryMention> m) {
        int first = s.tokenFrom(m.begin()), last = s.tokenUntil(m.end());
        if (first < 0 || last < first)
            return null;
        String iso = m.fact().iso2();
        String surface = index.text().substring(m.begin(), m.end());
        if (m.fact().form().equals("demonym")) {
            int group = groupNounAfter(s, last + 1);
            if (group >= 0)
                return actor(s, first, group, iso, index.text(), m);
            return people(s, first, last) ? new Actor(Actor.Kind.COUNTRY, first, last, first, null, null, surface, iso,
                    m.begin(), m.end()) : null;
        }
        if (isPlace(s, first) || portfolio(s, first, last))
            return null;
        String next = s.lower(last + 1);
        if (next.equals("'s") || next.equals("’s") || next.equals("'")) {
            int group = groupNounAfter(s, last + 2);
            return group < 0 ? null : actor(s, first, group, iso, index.text(), m);
        }
        if (s.isNoun(last + 1) && !s.isCapitalized(last + 1) && !Lexicon.GROUP_NOUNS.contains(next))
            return null; // "Pakistan Foreign Office" stays an organization, "Russia policy" a topic
        return new Actor(Actor.Kind.COUNTRY, first, last, first, null, null, surface, iso, m.begin(), m.end());
    }

    /**
     * "talks with the Europeans, the Iranians, Russia, and China", "the Israelis have said": a plural demonym after "the"
     * that heads its phrase stands for its country's side (not "the Iranian economy", not "two Americans").
     */
    private static boolean people(Sentence s, int first, int last) {
        if (!s.lower(first - 1).equals("the") || isPlace(s, first - 1) || !s.lower(last).endsWith("s"))
            return false; // not "the Irish open their campaign" (a team), "the British" (a people)
        int next = last + 1;
        return !(s.isNoun(next) || s.pos(next).startsWith("JJ") || s.isCapitalized(next) || s.lower(next).equals("'s")
                || s.lower(next).equals("’s") || s.pos(next).equals("CD"));
    }

    /**
     * "U.S. Special Envoy for Yemen Tim Lenderking", "Special Representative for the DPRK Sung Kim": the country a
     * title is for is its holder's portfolio, not a party (the title's word capitalized, as in a name's title).
     */
    private static boolean portfolio(Sentence s, int first, int last) {
        int i = s.lower(first - 1).equals("the") ? first - 2 : first - 1;
        String next = s.lower(last + 1);
        return s.lower(i).equals("for") && s.isCapitalized(i - 1) && TitleLexicon.isTitleWord(s.lower(i - 1))
                && !next.equals("'s") && !next.equals("’s") && !next.equals("'");
    }

    /** "in Pakistan", "in the country of St. Kitts and Nevis": a place, not an actor. */
    static boolean isPlace(Sentence s, int first) {
        String before = s.lower(first - 1);
        if (Lexicon.LOCATIVES.contains(before) || before.equals("the") && Lexicon.LOCATIVES.contains(s.lower(first - 2)))
            return true;
        return before.equals("of") && PLACE_NOUNS.contains(s.lower(first - 2));
    }

    /** The group noun ending a short title phrase starting at {@code from} ("deputy prime ministers"), or -1. */
    private static int groupNounAfter(Sentence s, int from) {
        for (int i = from; i < s.size() && i - from < 4; i++) {
            String w = s.lower(i);
            if (Lexicon.GROUP_NOUNS.contains(w) && s.isNoun(i))
                return i;
            if (!(Lexicon.TITLE_WORDS.contains(w) || s.pos(i).equals("JJ") || w.equals("high-level") || s.isNoun(i)))
                return -1;
        }
        return -1;
    }

    private static Actor actor(Sentence s, int first, int last, String iso, String text,
                               ArticleIndex.Mention<CountryMention> m) {
        return new Actor(Actor.Kind.COUNTRY, first, last, first, null, null, s.text(text, first, last), iso,
                m.begin(), s.end(last));
    }
}
