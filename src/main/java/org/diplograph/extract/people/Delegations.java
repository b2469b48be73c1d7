package org.diplograph.extract.people;

import java.util.List;

import org.diplograph.extract.text.Tokens;

/**
 * "A high-level Russian delegation, led by X, deputy director at ..., and Y, ..., visited Pakistan": the persons
 * named between "led by" (or "was led by", "headed by", "including", "comprising") and the clause's verb ("included"
 * does not end it: "was led by X and included A; B") act for the delegation's country. The one delegation detector:
 * the meeting rules ask {@link #membersAfter} too, to fold a delegation into the members it names.
 */
public final class Delegations {
    private Delegations() {
    }

    /**
     * The first token of the members a delegation names right after it ("delegation, led by X", "delegation
     * including X"), or -1.
     *
     * @param k the token after the word "delegation" (or after the phrase standing for it)
     */
    public static int membersAfter(Tokens t, int k) {
        if (t.isWord(k, ","))
            k++;
        if (t.isWord(k, "was", "is", "will", "were") && t.isWord(k + 1, "led", "headed", "be"))
            k += t.isWord(k + 1, "be") ? 2 : 1;   // "Mexico's delegation was led by X"
        if (t.isWord(k, "led", "headed") && t.isWord(k + 1, "by"))
            return k + 2;
        return t.isWord(k, "including", "includes", "comprising") ? k + 1 : -1;
    }

    static void apply(Tokens t, Anchors anchors, List<PersonFindings> holders) {
        for (int i = 0; i < t.size(); i++) {
            if (!t.isWord(i, "delegation", "delegations"))
                continue;
            String iso2 = countryBefore(t, anchors, i);
            if (iso2 == null)
                continue;
            int from = membersAfter(t, i + 1);
            if (from >= 0)
                mark(t, holders, iso2, from);
        }
        // "Canada was represented by X; Y", "Representing Mexico were X; Y": a country's side of a meeting
        for (int i = 0; i + 2 < t.size(); i++) {
            if (t.isWord(i, "represented") && t.isWord(i + 1, "by")) {
                String iso2 = countryBefore(t, anchors, i);
                if (iso2 != null)
                    mark(t, holders, iso2, i + 2);
            } else if (t.isWord(i, "representing")) {
                Anchors.Anchor a = anchors.startingAt(t.isWord(i + 1, "the") ? i + 2 : i + 1);
                if (a != null && a.iso2() != null && t.isWord(a.end(), "were", "was", "are", "is"))
                    mark(t, holders, a.iso2(), a.end() + 1);
            }
        }
    }

    /** The persons named from token {@code from} to the clause's verb act for {@code iso2}. */
    private static void mark(Tokens t, List<PersonFindings> holders, String iso2, int from) {
        int to = from;
        // "... was led by X and included A; B; and C": the members run on over "included"
        while (to < t.size() && t.sameSentence(from, to)
                && (!t.isFiniteVerb(to) || t.isWord(to, "included", "includes", "include")))
            to++;
        for (PersonFindings h : holders)
            for (int[] name : h.names)
                if (name[0] >= from && name[1] <= to && h.delegationIso2 == null)
                    h.delegationIso2 = iso2;
    }

    /** "Russian delegation", "a Russian military delegation", "Pakistan's delegation". */
    private static String countryBefore(Tokens t, Anchors anchors, int i) {
        for (int k = i; k >= Math.max(0, i - 3) && t.sameSentence(k, i); k--) {
            int end = t.isPossessive(k - 1) ? k - 1 : k;
            Anchors.Anchor a = anchors.endingAt(end);
            if (a != null && a.iso2() != null)
                return a.iso2();
            if (k < i && !Character.isLowerCase(t.word(k).isEmpty() ? 'X' : t.word(k).charAt(0)))
                break;
        }
        return null;
    }
}
