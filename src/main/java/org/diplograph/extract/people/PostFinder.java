package org.diplograph.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.text.Tokens;
import org.diplograph.facts.OrganizationFact;
import org.diplograph.facts.OrganizationKind;

/**
 * Finds the titles a name mention holds, and for whom, in three shapes:
 * <ul>
 * <li>before the name: "[US] Secretary of State Marco Rubio", "[Pakistan's] National Security Adviser Lt. Gen.
 * (Retd.) Nasser Khan Janjua", "[Foreign Office] spokesperson Dr. Mohammed Faisal", "President Musharraf [of
 * Pakistan]";</li>
 * <li>in an apposition after it: "Terrance Drew, prime minister of St. Kitts and Nevis and chair of the
 * Caribbean Community", "Sergey S. Goreslavsky, deputy general director at Russia's RosoboronExport",
 * "Amjad Shoaib, a security analyst";</li>
 * <li>in an apposition before it: "Deputy Secretary of the Security Council of the Russian Federation, Mikhail
 * Popov," (only when the name closes the apposition, so "After meeting the minister, Rubio said" is not one).</li>
 * </ul>
 * Honorifics, ranks and a peer's style ("Liberal Democrat peer Lord Carlile") between title and name are skipped; "former", "opposition" and the like block a post.
 */
final class PostFinder {
    /** A title held by the name over tokens {@code [first, end)}, for a country and/or an organization. */
    record Found(TitleMatch title, String iso2, OrganizationFact organization, int first, int end, boolean blocked) {
    }

    private record Target(String iso2, OrganizationFact organization, int end) {
    }

    private static final Set<String> HONORIFICS = Set.of("dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame",
            "lt", "gen", "general", "col", "colonel", "maj", "major", "brig", "brigadier", "capt", "captain", "adm",
            "admiral", "marshal", "retd", "retired", "sheikh", "lord", "baroness", "lady", "h.e", "excellency", "his",
            "(", ")", "", "-lrb-", "-rrb-");
    static final Set<String> BLOCKERS = Set.of("former", "ex", "late", "then", "retired", "opposition", "rebel", "would-be",
            "erstwhile", "self-styled", "exiled", "ousted", "deposed", "slain", "assassinated", "fired", "sacked");
    private static final Set<String> LINKS = Set.of("of", "at", "for");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their");
    /** The role family of military ranks (data/titles.tsv, scope rank). */
    static final String RANK_ROLE = "military/";
    /** The longest complement between a title and a name, in tokens. */
    private static final int COMPLEMENT = 12;

    private final Tokens t;
    private final TitleLexicon lexicon;
    private final Anchors anchors;
    private final Map<Integer, TitleMatch> byFirst;
    private final Map<Integer, TitleMatch> byEnd;
    /** Tokens of person names: a title's complement never runs over another person's name. */
    private final boolean[] inName;

    PostFinder(Tokens t, TitleLexicon lexicon, Anchors anchors, Map<Integer, TitleMatch> byFirst,
               Map<Integer, TitleMatch> byEnd, boolean[] inName) {
        this.t = t;
        this.lexicon = lexicon;
        this.inName = inName;
        this.anchors = anchors;
        this.byFirst = byFirst;
        this.byEnd = byEnd;
    }

    /** The titles of the name over tokens {@code [nb, ne)}. */
    List<Found> around(int nb, int ne) {
        List<Found> found = new ArrayList<>();
        Found before = before(nb, ne);
        if (before == null || before.title().role().startsWith(RANK_ROLE)) {
            // "the Secretary of National Defense, Gen. Luis Cresencio Sandoval González": the office, not the rank
            Found office = preApposition(nb, ne);
            before = office != null ? office : before;
        }
        if (before != null)
            found.add(before);
        Found rank = before == null || before.title().role().startsWith(RANK_ROLE) ? null : rankOf(nb, ne);
        if (rank != null)   // "Combatant Commander of the U.S. Southern Command General Laura Richardson": an officer,
                            // whose titled name starts at the office (a list runs over it: OfficialLists)
            found.add(new Found(rank.title(), null, null, Math.min(before.first(), rank.first()), ne, false));
        found.addAll(after(nb, ne));
        return found;
    }

    private Found before(int nb, int ne) {
        int k = nb - 1;
        // "Secretary-General Antonio Guterres": a title ending here wins over the rank "General". A military rank is
        // skipped like an honorific ("Combatant Commander of the U.S. Southern Command General Laura Richardson"),
        // and is the title only when no other stands before it ("Admiral Karambir Singh").
        TitleMatch rank = null;
        while (k >= 0 && t.sameSentence(k, nb) && !byEnd.containsKey(k + 1)) {
            TitleMatch r = lexicon.rankEndingAt(t, k + 1);
            if (r != null) {
                rank = rank == null ? r : rank;
                k = r.first() - 1;
            } else if (HONORIFICS.contains(t.lower(k).replace(".", "")) || t.word(k).replace(".", "").equals("HE")) {
                k--;   // "HE", "H.E." (His Excellency) in capitals only: "he" is a pronoun
            } else {
                break;
            }
        }
        TitleMatch title = byEnd.get(k + 1);
        if (title != null && complementOpens(title.first()))
            title = null;   // "Senior Advisor to the President Amos Hochstein": the President is not his title
        Target of = null;
        if (title == null) {
            // "Deputy Secretary of State for Management and Resources Richard Verma", "Ambassador to Mexico Ken
            // Salazar", "Prime Minister of India Narendra Modi": the title's complement stands between it and the name
            int link = complementBefore(k + 1);
            title = link < 0 ? null : byEnd.get(link);
            of = title == null || !t.isWord(link, "of", "at") ? null : targetAfter(link);
            if (of != null && (of.end() != k + 1 && !t.isWord(of.end(), "to", "in")
                    || of.iso2() == null && of.organization().kind() == OrganizationKind.OTHER))
                of = null;   // the country or body must end the complement ("of the UAE Embassy to the United
                             // States" too), and be one: "Under Secretary of State" is no body called "State"
        }
        if (title == null && rank != null && !retired(rank.end(), nb))
            title = rank;   // "Pakistani Gen. Qamar Javed Bajwa", "Admiral Karambir Singh"
        if (title == null || !t.sameSentence(k, nb) || !t.sameSentence(title.first(), nb))
            return null;
        Found found = qualified(title, null, null, ne);
        if (title == rank && found.organization() != null && found.organization().kind() == OrganizationKind.OTHER)
            // "U.S. Southern Command Rear Admiral Thomas Allan": an officer of the command's country, whatever it is
            found = new Found(title, found.iso2() != null ? found.iso2() : found.organization().countryIso2(), null,
                    found.first(), found.end(), found.blocked());
        TitleMatch first = t.isWord(found.first() - 1, "and") ? byEnd.get(found.first() - 1) : null;
        if (found.iso2() == null && found.organization() == null && first != null && t.sameSentence(first.first(), nb)) {
            // "Israeli Alternate Prime Minister and Defense Minister Benjamin Gantz": both titles are Israel's
            Found both = qualified(first, null, null, ne);
            if (both.iso2() != null || both.organization() != null)
                found = new Found(title, both.iso2(), both.organization(), both.first(), ne, found.blocked());
        }
        if (of != null && found.iso2() == null && found.organization() == null)
            return new Found(title, of.iso2(), of.organization(), found.first(), ne, found.blocked());
        of = found.iso2() == null && found.organization() == null ? targetAfter(ne) : null;
        return of == null || !t.sameSentence(nb, of.end() - 1) ? found   // "President Musharraf of Pakistan"
                : new Found(title, of.iso2(), of.organization(), found.first(), of.end(), found.blocked());
    }

    /** The military rank right before the name (honorifics aside), as a post of its own, or null. */
    private Found rankOf(int nb, int ne) {
        for (int k = nb; k > 0 && t.sameSentence(k - 1, nb); k--) {
            TitleMatch r = lexicon.rankEndingAt(t, k);
            if (r != null)
                return retired(r.end(), nb) || blockedBefore(r.first()) ? null
                        : new Found(r, null, null, r.first(), ne, false);
            if (!HONORIFICS.contains(t.lower(k - 1).replace(".", "")) || t.isWord(k - 1, ",", "", "(", ")"))
                return null;
        }
        return null;
    }

    /** Whether the phrase at token {@code first} opens its sentence, a clause or a list item. */
    private boolean opensClause(int first, int nb) {
        int open = t.isWord(first - 1, "the") ? first - 2 : first - 1;
        return open < 0 || !t.sameSentence(open, nb) || t.isWord(open, ";", ",", ":", "and", "--");
    }

    /** "Lt Gen (Retd) X", "Gen. (retired) X": the rank is no longer held. */
    private boolean retired(int from, int to) {
        for (int k = from; k < to; k++)
            if (t.isWord(k, "retd", "retd.", "retired", "rtd", "rtd."))
                return true;
        return false;
    }

    /** Whether "to", "to the" or "of the" stands right before token {@code first}: the title is a complement of another. */
    private boolean complementOpens(int first) {
        int k = t.isWord(first - 1, "the") ? first - 2 : first - 1;
        return k >= 0 && t.sameSentence(k, first)
                && (t.isWord(k, "to") || t.isWord(k, "of") && t.isWord(first - 1, "the")) && byEnd.containsKey(k);
    }

    /**
     * The token of "of", "for", "to", "at" or "and" that opens a complement of a title ending at it and reaching to
     * {@code end} over capitalized words, "and", "the", "of", commas ("for Afghanistan, Pakistan, and Central Asia"),
     * or -1. At most {@value #COMPLEMENT} tokens; never over a title of its own that a name could hold.
     */
    private int complementBefore(int end) {
        if (end < 1 || !t.isCapitalized(end - 1) && !t.isWord(end - 1, ")"))
            return -1;
        for (int k = end - 1; k >= 1 && k >= end - COMPLEMENT && t.sameSentence(k, end - 1); k--) {
            if (inName[k])
                return -1;
            if (t.isWord(k, "of", "for", "to", "at", "and") && byEnd.containsKey(k))
                return k;
            boolean part = t.isCapitalized(k) || t.isWord(k, "and", "the", "of", "for", "to", "in", ",", "&", "-")
                    || t.isWord(k, "(", ")", "-lrb-", "-rrb-");
            if (!part || t.isPossessive(k))
                return -1;
        }
        return -1;
    }

    private Found preApposition(int name, int ne) {
        boolean closes = ne >= t.size() || !t.sameSentence(name, ne) || t.isWord(ne, ",", ")", ".", ";", "--");
        int nb = name;   // the comma stands before the name's rank and honorifics, if any
        for (TitleMatch r; nb > 1 && t.sameSentence(nb - 1, name); )
            if ((r = lexicon.rankEndingAt(t, nb)) != null)
                nb = r.first();
            else if (HONORIFICS.contains(t.lower(nb - 1).replace(".", "")) && !t.isWord(nb - 1, ",", "", "(", ")"))
                nb--;
            else
                break;
        if (!t.isWord(nb - 1, ","))
            return null;
        if (!closes) {
            // "Without giving any details, Chinese Ministry of Foreign Affairs spokesman, Wang Wenbin said": a title
            // whose country or body is named, opening its clause, is the name's even when the clause goes on (not
            // "After meeting the minister, Rubio said", nor "After meeting the US Secretary of State, Wang said")
            Found f = byEnd.containsKey(nb - 1) ? qualified(byEnd.get(nb - 1), null, null, ne) : null;
            boolean named = f != null && (f.iso2() != null || f.organization() != null);
            return named && opensClause(f.first(), nb) ? f : null;
        }
        if (byEnd.containsKey(nb - 1))   // "the Secretary of the Interior, X": the title holds a body's name
            return qualified(byEnd.get(nb - 1), null, null, ne);
        Anchors.Anchor target = anchors.endingAt(nb - 1);
        if (target == null) {
            // "the Secretary of the Interior, Luisa María Alcalde Luján;": a complement of capitalized words ends the
            // title, which opens a list item or a clause ("Representing Mexico were the Secretary of ..., X"), not
            // a prepositional phrase ("Speaking to the Secretary of State, Lavrov")
            int link = complementBefore(nb - 1);
            TitleMatch title = link < 0 ? null : byEnd.get(link);
            if (title == null)
                return null;
            return opensClause(title.first(), nb) || t.isWord(title.first() - 1, "the")
                    && t.isWord(title.first() - 2, "were", "was", "are", "is") ? qualified(title, null, null, ne) : null;
        }
        int j = target.first();
        if (t.isWord(j - 1, "the"))
            j--;
        TitleMatch title = LINKS.contains(t.lower(j - 1)) ? byEnd.get(j - 1) : null;
        return title == null ? null : qualified(title, target.iso2(), target.organization(), ne);
    }

    /**
     * The title with the country or organization right before it ("Pakistan's", "Foreign Office"), or before a
     * lower-case word or two ("White House economic adviser").
     */
    private Found qualified(TitleMatch title, String iso2, OrganizationFact org, int end) {
        int first = title.first();
        int k = first;
        while (k > first - 2 && anchors.endingAt(k) == null && (isModifierWord(k - 1) || isAcronym(k - 1))
                && t.sameSentence(k - 1, first))
            k--;
        if (anchors.endingAt(k) == null)
            k = first;
        k = t.isPossessive(k - 1) ? k - 1 : k;
        Anchors.Anchor q = anchors.endingAt(k);
        if (q == null && k < first) {
            // "the UAE Ministry of Foreign Affairs and International Cooperation's Assistant Minister": the body's
            // name ran on past what the organization stage knew of it
            for (int j = k - 1; j >= Math.max(0, k - 4) && q == null && t.sameSentence(j, first); j--) {
                if (!(t.isCapitalized(j) || t.isWord(j, "and", "of", "the")))
                    break;
                q = anchors.endingAt(j);
            }
        }
        if (q != null && t.sameSentence(q.first(), first)) {
            iso2 = iso2 != null ? iso2 : q.iso2();
            org = org != null ? org : q.organization();
            first = q.first();
        }
        if (t.isWord(first - 1, "the"))
            first--;
        return new Found(title, iso2, org, first, end, blockedBefore(first));
    }

    /** "former MP", "Former Liberal Democrat MP", "ex-Tory minister": a blocker up to a few qualifying words before. */
    private boolean blockedBefore(int first) {
        for (int j = first - 1; j >= Math.max(0, first - 4) && t.sameSentence(j, first); j--) {
            if (blocked(j))
                return true;
            if (!(t.isCapitalized(j) || isModifierWord(j) || t.isWord(j, "-")))
                return false;
        }
        return false;
    }

    private List<Found> after(int nb, int ne) {
        List<Found> found = new ArrayList<>();
        int k = ne;
        if (!t.isWord(k, ",", "(") || !t.sameSentence(nb, k))
            return found;
        k++;
        while (found.size() < 3 && t.sameSentence(nb, k)) {
            boolean determiner = DETERMINERS.contains(t.lower(k));
            if (determiner)
                k++;
            String iso2 = null;
            OrganizationFact org = null;
            boolean blocked = false;
            TitleMatch title = null;
            for (int skipped = 0; skipped <= 3 && t.sameSentence(nb, k); skipped++) {
                if ((title = byFirst.get(k)) != null)
                    break;
                Anchors.Anchor a = anchors.startingAt(k);
                if (a != null) {
                    iso2 = a.iso2() != null ? a.iso2() : iso2;
                    org = a.organization() != null ? a.organization() : org;
                    k = t.isPossessive(a.end()) ? a.end() + 1 : a.end();
                } else if (isModifierWord(k)) {
                    blocked |= blocked(k);
                    k++;
                } else {
                    break;
                }
            }
            if (title == null)
                break;
            Target target = targetAfter(title.end());
            if (target != null) {
                iso2 = iso2 != null ? iso2 : target.iso2();
                org = target.organization() != null ? target.organization() : org;
            }
            int end = target != null ? target.end() : title.end();
            Anchors.Anchor listed = target == null && iso2 == null && org == null && title.country() == null
                    ? bodyAfterComma(end, nb) : null;
            if (listed != null) {
                // "Jim Canales, President & Trustee, Barr Foundation": a list item's body, after a comma (not for
                // a title naming one country's office: "Acting Comptroller of the Currency, Office of the ...")
                org = listed.organization();
                end = listed.end();
            }
            if (t.isPossessive(end) || determiner && t.isFiniteVerb(end))
                break; // "X, the chairman of Spain's biggest bank"; "Echoing Rice, the prime minister said"
            if (namedAt(end, nb) || namedAfterComplement(end, nb))
                break; // "Antony Blinken, Secretary of Homeland Security Alejandro Mayorkas": the next one's title;
                       // "Reznikov, Head of Presidential Administration Andriy Yermak" too
            found.add(new Found(title, iso2, org, nb, end, blocked || blocked(title.first() - 1)));
            if (!t.isWord(end, "and") || !t.sameSentence(nb, end + 1))
                break;
            k = end + 1;
        }
        return found;
    }

    /**
     * The body that closes a list item "Name, Title[ & Title], Body" ("Dr. Elizabeth Alexander, President, Andrew
     * W. Mellon Foundation -"), from token {@code k} right after the title, or null: a body NER or the lexicon
     * knows, ending the item (a dash, a semicolon, a comma or the sentence's end after it).
     */
    private Anchors.Anchor bodyAfterComma(int k, int nb) {
        for (int skipped = 0; skipped < 3 && k < t.size() && t.sameSentence(nb, k) && !t.isWord(k, ","); skipped++, k++)
            if (!(t.isWord(k, "&", "and") || t.isCapitalized(k)) || inName[k])
                return null;   // "President & Trustee": another title of the same item
        if (!t.isWord(k, ",") || !t.sameSentence(nb, k + 1))
            return null;
        Anchors.Anchor a = anchors.startingAt(k + 1);
        if (a == null || a.organization() == null || a.iso2() != null)
            return null;
        boolean closes = a.end() >= t.size() || !t.sameSentence(nb, a.end()) || t.isWord(a.end(), "-", "--", ";", ",", ".");
        return closes ? a : null;
    }

    /** "of/at/for [the] Country|Organization|Country's Organization" after a title. */
    private Target targetAfter(int k) {
        if (!LINKS.contains(t.lower(k)))
            return null;
        k++;
        if (t.isWord(k, "the"))
            k++;
        Anchors.Anchor a = anchors.startingAt(k);
        if (a == null)
            return null;
        if (a.iso2() != null && t.isPossessive(a.end())) {
            Anchors.Anchor org = anchors.startingAt(a.end() + 1);
            if (org != null && org.organization() != null)
                return new Target(a.iso2(), org.organization(), org.end());
        }
        return new Target(a.iso2(), a.organization(), a.end());
    }

    /** Whether a name starts at token {@code k}, after honorifics and ranks, in the sentence of token {@code nb}. */
    private boolean namedAt(int k, int nb) {
        while (k < t.size() && t.sameSentence(nb, k) && HONORIFICS.contains(t.lower(k).replace(".", "")))
            k++;
        return k < t.size() && t.sameSentence(nb, k) && inName[k];
    }

    /** Whether a name follows token {@code k} over a complement of capitalized words ("of Presidential Administration"). */
    private boolean namedAfterComplement(int k, int nb) {
        if (!t.isWord(k, "of", "for", "to", "at"))
            return false;   // not "Ms Kelly, a Cabinet Office minister and Bolton West MP"
        for (int j = k; j < t.size() && j < k + COMPLEMENT && t.sameSentence(nb, j); j++) {
            if (inName[j])
                return j > k;
            if (!(t.isCapitalized(j) || t.isWord(j, "of", "the", "and", "for", "to", "in", "-", "&")))
                return false;
        }
        return false;
    }

    /** "MFA", "MEA": an abbreviation of a body between a country and a title ("German MFA State Secretary"). */
    private boolean isAcronym(int k) {
        String w = t.word(k);
        return w.length() >= 2 && w.length() <= 5 && w.chars().allMatch(Character::isUpperCase)
                && anchors.startingAt(k) == null;
    }

    private boolean isModifierWord(int k) {
        String w = t.word(k), tag = t.tag(k);
        return !w.isEmpty() && Character.isLowerCase(w.charAt(0)) && (tag.startsWith("JJ") || tag.equals("NN")
                || tag.equals("VBN") || tag.equals("RB") || tag.equals("HYPH"));
    }

    /** Blockers that only say the title was held before: the person may hold another office now. */
    private static final Set<String> PAST = Set.of("former", "ex", "late", "then", "retired", "erstwhile");

    /**
     * Whether a blocked title says the person is outside government ("opposition spokesman", "ousted president"),
     * not only that the title was held before ("ex-Conservative chancellor"): then no office of the tables either.
     */
    boolean blockedForGood(Found f) {
        for (int k = Math.max(0, f.first() - 5); k < f.end() && k < t.size(); k++)
            if (blocked(k) && !PAST.contains(t.lower(k)) && !t.lower(k).startsWith("ex-"))
                return true;
        return false;
    }

    private boolean blocked(int k) {
        String w = t.lower(k);
        return BLOCKERS.contains(w) || w.startsWith("ex-");
    }
}
