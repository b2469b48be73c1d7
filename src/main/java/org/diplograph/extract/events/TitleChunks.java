package org.diplograph.extract.events;

import java.util.Set;

import org.diplograph.extract.text.Sentence;
import org.diplograph.facts.CountryMention;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;
import org.diplograph.facts.PersonFact;

/**
 * The title around a person's name: before it ("Pakistan's National Security Adviser Lt. Gen. (Retd.)",
 * "his Israeli counterpart,") or as an apposition after it (", prime minister of St. Kitts and Nevis,"). The
 * country named in the title is the person's country when no post gives one.
 */
final class TitleChunks {
    private static final int MAX_TOKENS = 16;
    private static final Set<String> PUNCT = Set.of("(", ")", ".", "-", "-lrb-", "-rrb-", "’", "'");

    private final ArticleIndex index;
    private final Sentence s;
    private final boolean[] name;

    TitleChunks(ArticleIndex index, Sentence s) {
        this.index = index;
        this.s = s;
        this.name = new boolean[s.size()];
        for (ArticleIndex.Mention<PersonFact> m : ArticleIndex.within(index.people(), s.begin(), s.end()))
            for (int i = Math.max(0, s.tokenFrom(m.begin())); i >= 0 && i <= s.tokenUntil(m.end()); i++)
                name[i] = true;
    }

    /** The first token of the title before the name starting at {@code head}, or {@code head}. */
    int start(int head) {
        int first = head, beforeComma = -1;
        boolean title = false, titleLeftOfComma = false;
        for (int i = head - 1; i >= 0 && head - i <= MAX_TOKENS && !name[i]; i--) {
            String w = s.lower(i);
            if (w.equals(",")) {
                if (beforeComma >= 0 || i == 0 || !(Lexicon.TITLE_WORDS.contains(s.lower(i - 1)) || isCountry(i - 1)))
                    break;
                beforeComma = first;
                continue;
            }
            if (!titleLike(i))
                break;
            boolean titleWord = Lexicon.TITLE_WORDS.contains(w) && !w.equals("the") && !w.equals("of") && !w.equals("'s")
                    && !w.equals("’s");
            title |= titleWord || isCountry(i);
            titleLeftOfComma |= beforeComma >= 0 && titleWord;
            first = i;
        }
        if (beforeComma >= 0 && !titleLeftOfComma)
            first = beforeComma; // "in the country of St. Kitts and Nevis, Rubio ...": no title before the comma
        return title && first < head ? first : head;
    }

    /** The last token of an apposition after the name ending at {@code last}, or {@code last}. */
    int end(int last) {
        if (s.lower(last + 1).equals("of") && isCountry(last + 2)) {
            int j = last + 2;
            while (j + 1 < s.size() && isCountry(j + 1) && sameCountry(j, j + 1))
                j++;
            return j; // "President Musharraf of Pakistan"
        }
        if (last + 2 >= s.size() || !s.lower(last + 1).equals(",") || !Lexicon.TITLE_WORDS.contains(s.lower(last + 2)))
            return last;
        for (int j = last + 2; j < s.size() && j - last <= MAX_TOKENS; j++) {
            String w = s.lower(j);
            if (w.equals(",") || w.equals(".") && j == s.size() - 1)
                return j - 1;
            if (name[j] || s.isVerb(j) && !Lexicon.TITLE_WORDS.contains(w))
                return last;
            if (!(titleLike(j) || w.equals("at") || w.equals("and") || w.equals("chair")))
                return last;
        }
        return last;
    }

    /** The country named in tokens {@code [a, b]} or {@code [c, d]}, nearest the name first. */
    String country(int a, int b, int c, int d) {
        for (int i = b; i >= a; i--)
            if (isCountry(i))
                return countryOf(i);
        for (int i = c; i <= d; i++)
            if (isCountry(i))
                return countryOf(i);
        return null;
    }

    private boolean sameCountry(int a, int b) {
        return index.countryAt(s.begin(a), s.end(a)) == index.countryAt(s.begin(b), s.end(b));
    }

    private boolean titleLike(int i) {
        String w = s.lower(i);
        return Lexicon.TITLE_WORDS.contains(w) || PUNCT.contains(w) || isCountry(i)
                || s.isCapitalized(i) && (s.pos(i).startsWith("NNP") || s.pos(i).startsWith("NN") || s.pos(i).equals("JJ"));
    }

    /** A country word, not one inside the name of an intergovernmental body ("of the Organization of American States"). */
    private boolean isCountry(int i) {
        if (i < 0 || index.countryAt(s.begin(i), s.end(i)) == null)
            return false;
        for (ArticleIndex.Mention<OrganizationFact> m : index.organizations())
            if (m.begin() <= s.begin(i) && s.end(i) <= m.end() && m.fact().kind() == OrganizationKind.INTERGOVERNMENTAL)
                return false;
        return true;
    }

    private String countryOf(int i) {
        CountryMention c = index.countryAt(s.begin(i), s.end(i));
        return c == null ? null : c.iso2();
    }
}
