package org.diplograph.extract;

import java.util.List;
import java.util.Set;

/**
 * A title standing for its holder: "the Pakistani president", "America's top diplomat", "the prime minister of
 * Jamaica". It joins the one person of the article who holds that office (same role, same country); when the
 * reference names no country, only if a single person in the article holds the office at all. Indefinite ones
 * ("a Pakistani official") refer to nobody in particular and are left alone.
 */
final class TitleReferences {
    private TitleReferences() {
    }

    /** Adds to {@code holders} the references among {@code titles} not already part of a post. */
    static void resolve(ExtractionContext context, Tokens t, Anchors anchors, List<TitleMatch> titles,
                        Set<Integer> used, List<Holder> holders) {
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
                definite = k < first; // "America's top diplomat"
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
            Holder holder = onlyHolder(holders, m.role(), iso2);
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

    private static Holder onlyHolder(List<Holder> holders, String role, String iso2) {
        Holder only = null;
        for (Holder h : holders) {
            if (h.holds(role, iso2)) {
                if (only != null)
                    return null;
                only = h;
            }
        }
        return only;
    }
}
