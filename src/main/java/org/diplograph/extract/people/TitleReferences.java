package org.diplograph.extract.people;

import java.util.List;
import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.text.Tokens;

/**
 * A title standing for its holder: "the Pakistani president", "America's top diplomat", "the prime minister of
 * Jamaica". It joins the person named last before it who holds that office ({@link TitleMatch#standsFor}: the
 * same title or a synonym, never another office of the family, so "the prime minister" is not "Chancellor
 * Gordon Brown") for the country it names, if it names one; see {@link #holderOf}. Where that is not clear it
 * stays unresolved rather than guessed. Indefinite ones ("a Pakistani official") refer to nobody in particular
 * and are left alone.
 */
final class TitleReferences {
    private TitleReferences() {
    }

    /** Adds to {@code holders} the references among {@code titles} not already part of a post. */
    static void resolve(ExtractionContext context, Tokens t, Anchors anchors, List<TitleMatch> titles,
                        Set<Integer> used, List<PersonFindings> holders) {
        for (TitleMatch m : titles) {
            if (used.contains(m.first()) || m.scope() == TitleLexicon.Scope.PRIVATE || followedByName(t, m.end()))
                continue;
            int first = m.first();
            String iso2 = null;
            boolean definite = false;
            int k = t.isPossessive(first - 1) ? first - 1 : first;
            Anchors.Anchor q = anchors.endingAt(k);
            if (q != null && q.iso2() != null && t.sameSentence(q.first(), first)) {
                iso2 = q.iso2();
                // "America's top diplomat"; "Moldovan Foreign Minister" as a headline names one, "a Moldovan minister" none
                definite = k < first || Character.isUpperCase(t.word(m.first()).charAt(0))
                        && !t.isWord(q.first() - 1, "a", "an");
                first = q.first();
            }
            if (t.isWord(first - 1, "the")) {
                definite = true;
                first--;
            }
            int end = m.end();
            if (iso2 == null && t.isWord(end, "of")) {
                Anchors.Anchor target = anchors.startingAt(t.isWord(end + 1, "the") ? end + 2 : end + 1);
                if (target != null && target.iso2() != null) {
                    iso2 = target.iso2();
                    end = target.end();
                }
            }
            if (!definite)
                continue;
            // "The President" written as a title in a release is its principal, named first ("President Biden spoke
            // with President Lourenço. The President thanked …"); "the president" of news prose, the last named
            boolean principal = iso2 == null && Character.isUpperCase(t.word(m.first()).charAt(0));
            PersonFindings holder = holderOf(holders, m, iso2, first, principal);
            if (holder != null) {
                holder.moreMentions.add(context.span(t.begin(first), t.end(end - 1)));
                holder.names.add(new int[] {first, end});
            }
        }
    }

    private static boolean followedByName(Tokens t, int k) {
        String w = t.word(k);
        return "PERSON".equals(t.ner(k)) || (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && t.tag(k).startsWith("NNP"));
    }

    /**
     * Who the reference stands for: of the holders of its office, the one last mentioned before it; with none
     * before it, the one holder of the article if there is exactly one ("The home secretary said ... Home
     * Secretary Charles Clarke"); failing both, for a reference that names a country and the head word of an office
     * ("the Moldovan minister"), the one holder of such an office for that country.
     */
    private static PersonFindings holderOf(List<PersonFindings> holders, TitleMatch m, String iso2, int token,
                                           boolean principal) {
        PersonFindings byOffice = holderOfOffice(holders, m, iso2, token, principal);
        if (byOffice != null || iso2 == null)
            return byOffice;
        List<PersonFindings> byHead = holders.stream().filter(h -> h.holdsHead(m, iso2)).toList();
        return byHead.size() == 1 ? byHead.get(0) : null;
    }

    private static PersonFindings holderOfOffice(List<PersonFindings> holders, TitleMatch m, String iso2, int token,
                                                 boolean principal) {
        PersonFindings nearest = null, only = null, firstNamed = null;
        int last = -1, count = 0, first = Integer.MAX_VALUE;
        for (PersonFindings h : holders) {
            if (!h.holds(m, iso2))
                continue;
            only = h;
            count++;
            for (int[] name : h.names) {
                if (name[1] <= token && name[0] > last) {
                    last = name[0];
                    nearest = h;
                }
                if (name[1] <= token && name[0] < first) {
                    first = name[0];
                    firstNamed = h;
                }
            }
        }
        if (principal && firstNamed != null)
            return firstNamed;
        return nearest != null ? nearest : count == 1 ? only : null;
    }
}
