package org.diplograph.extract.meetings;

import java.util.Set;

import org.diplograph.extract.events.ArticleIndex;
import org.diplograph.extract.events.Clauses;
import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.PlaceFact;

/**
 * The place a sentence names for a meeting: what follows "in" or "at" ("at 10 Downing Street", "in the
 * country of St. Kitts and Nevis", "in Islamabad"), nearest after the trigger first, then before it.
 */
final class Places {
    private static final Set<String> SKIP = Set.of("the", "a", "an", "country", "capital", "city", "of", "nation",
            "island", "state", "kingdom", "republic", "resort", "town", "his", "her", "their", "its");
    private static final Set<String> PLACE_NER = Set.of("LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE", "O",
            "NUMBER");

    private static final int MAX_DISTANCE = 15;

    private Places() {
    }

    /** @param end the end of the trigger's participants; the place may follow them in the clause */
    static Place inSentence(ArticleIndex index, Sentence s, int t, int end) {
        int last = end;
        while (last + 1 < s.size() && last - t < MAX_DISTANCE && !Clauses.isBreak(s, last + 1))
            last++;
        for (int i = t + 1; i <= last; i++) {
            Place p = after(index, s, i);
            if (p.known())
                return p;
        }
        for (int i = t - 1; i >= Clauses.left(s, t); i--) {
            Place p = after(index, s, i);
            if (p.known())
                return p;
        }
        return Place.NONE;
    }

    /** The place named after a locative at token {@code i}, or {@link Place#NONE}. */
    private static Place after(ArticleIndex index, Sentence s, int i) {
        if (!s.lower(i).equals("in") && !s.lower(i).equals("at"))
            return Place.NONE;
        int j = i + 1;
        while (j < s.size() && SKIP.contains(s.lower(j)) && j - i < 5)
            j++;
        if (j >= s.size() || !PLACE_NER.contains(s.ner(j)) || s.ner(j).equals("O") && !s.isCapitalized(j)
                && !s.pos(j).equals("CD"))
            return Place.NONE;
        PlaceFact place = index.placeAt(s.begin(j), s.end(j));
        CountryMention country = index.countryAt(s.begin(j), s.end(j));
        if (country != null && !"demonym".equals(country.form()))
            return new Place(index.text().substring(s.begin(j), country.span().end() - index.context().article().offset()),
                    country.iso2());
        if (place != null)
            return new Place(place.name(), place.countryIso2());
        int k = j;
        while (k + 1 < s.size() && (s.isCapitalized(k + 1) || s.pos(k + 1).equals("CD")) && k - j < 4)
            k++;
        return s.isCapitalized(k) ? new Place(s.text(index.text(), j, k), null) : Place.NONE;
    }
}
