package org.diplograph.extract.people;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.text.Tokens;
import org.diplograph.extract.text.TsvRows;

/**
 * The titles of {@code data/titles.tsv}, matched on tokens: the longest listed phrase at a position, after
 * modifiers that make a title of their own ("deputy general director", "Chief Counsellor"). The one title lexicon
 * of extraction: the meeting rules read the words of its offices ({@link #officeWords}) rather than a list of
 * their own.
 */
public final class TitleLexicon {
    /** How far a title makes its holder an official; see data/titles.tsv. */
    enum Scope { STATE, ANY, PRIVATE }

    /** A listed title; {@code country} the one country whose office it names ("Taoiseach": IE), or null. */
    record Entry(String title, String role, Scope scope, String country) {
    }

    private static final Set<String> MODIFIERS = Set.of("deputy", "vice", "acting", "interim", "chief", "senior",
            "principal", "first", "second", "special", "permanent", "assistant", "executive", "associate", "joint",
            "additional", "caretaker", "federal", "top", "shadow", "alternate");
    private static final int LONGEST = 7;
    private static volatile TitleLexicon standard;

    private final Map<String, Entry> entries = new HashMap<>();
    /** Military ranks, by their words without full stops ("lt gen"): titles only right before a name. */
    private final Map<String, Entry> ranks = new HashMap<>();
    /** The most words of a rank ("air chief marshal"). */
    private static final int RANK_WORDS = 3;
    /** Parties whose spokespeople sit in a legislature ("Tory spokesman", "Plaid Cymru's economics spokesman"). */
    private final Map<String, Entry> parties = new HashMap<>();
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson");
    /** The most lower-case words between a party and "spokesman": "Conservative shadow home affairs spokesman". */
    private static final int FIELD = 4;

    static TitleLexicon standard() {
        if (standard == null) {
            synchronized (TitleLexicon.class) {
                if (standard == null)
                    standard = load("/data/titles.tsv");
            }
        }
        return standard;
    }

    static TitleLexicon load(String resource) {
        TitleLexicon lexicon = new TitleLexicon();
        for (String[] f : TsvRows.of(resource)) {
            String title = f[1].isEmpty() ? titleCase(f[0]) : f[1];
            if (f[3].equals("portfolio"))
                lexicon.addPortfolio(f[0], title, f[2] + "-minister");
            else if (f[3].equals("rank"))
                lexicon.ranks.put(f[0], new Entry(title, f[2], Scope.STATE, null));
            else if (f[3].equals("party"))
                lexicon.parties.put(f[0], new Entry(title, f[2], Scope.STATE, f.length > 4 && !f[4].isEmpty() ? f[4] : null));
            else
                lexicon.entries.put(f[0], new Entry(title, f[2], Scope.valueOf(f[3].toUpperCase(Locale.ROOT)),
                        f.length > 4 && !f[4].isEmpty() ? f[4] : null));
        }
        return lexicon;
    }

    /**
     * Every word of the titles of office (not the private ones: "analyst", "journalist") and of the modifiers that
     * make titles ("deputy", "acting"): the words that may stand in a title between a country and a name.
     */
    public static Set<String> officeWords() {
        Set<String> words = new HashSet<>(MODIFIERS);
        standard().entries.forEach((phrase, entry) -> {
            if (entry.scope() != Scope.PRIVATE)
                words.addAll(List.of(phrase.split(" ")));
        });
        return Set.copyOf(words);
    }

    /** Whether {@code word} alone is a title of the lexicon ("minister", "spokeswoman", "analyst"), case aside. */
    public static boolean isTitleWord(String word) {
        return standard().entries.containsKey(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * "Transport Secretary", "health minister", "Minister for Planning", "Secretary of the Treasury", "Secretary of
     * State for Health"; listed titles keep their own entry.
     */
    private void addPortfolio(String field, String title, String role) {
        entries.putIfAbsent(field + " minister", new Entry(title + " Minister", role, Scope.STATE, null));
        entries.putIfAbsent(field + " secretary", new Entry(title + " Secretary", role, Scope.STATE, null));
        entries.putIfAbsent("minister of " + field, new Entry("Minister of " + title, role, Scope.STATE, null));
        entries.putIfAbsent("minister for " + field, new Entry("Minister for " + title, role, Scope.STATE, null));
        entries.putIfAbsent("minister of the " + field, new Entry("Minister of the " + title, role, Scope.STATE, null));
        // "Secretary of Health" (Mexico), "Secretary of the Treasury" (US), "Secretary of State for Health" (UK)
        entries.putIfAbsent("secretary of " + field, new Entry("Secretary of " + title, role, Scope.STATE, null));
        entries.putIfAbsent("secretary of the " + field, new Entry("Secretary of the " + title, role, Scope.STATE, null));
        entries.putIfAbsent("secretary for " + field, new Entry("Secretary for " + title, role, Scope.STATE, null));
        entries.putIfAbsent("secretary of state for " + field,
                new Entry("Secretary of State for " + title, role, Scope.STATE, null));
    }

    /** The title starting at token {@code i}, modifiers included, or null. */
    TitleMatch match(Tokens t, int i) {
        return match(t, i, t.size());
    }

    /** The title starting at token {@code i} and ending by token {@code limit} (exclusive), or null. */
    TitleMatch match(Tokens t, int i, int limit) {
        return matchFrom(t, i, i, "", Math.min(limit, t.size()));
    }

    /** Listed phrases of two words or more first ("top diplomat"), then modifiers ("chief" + "counsellor"), then one word ("chief"). */
    private TitleMatch matchFrom(Tokens t, int first, int j, String modifiers, int limit) {
        if (j >= limit || !t.sameSentence(first, j))
            return null;
        if (j == first) {
            TitleMatch spokesperson = partySpokesperson(t, first, limit);
            if (spokesperson != null)
                return spokesperson;
        }
        TitleMatch m = lookup(t, first, j, modifiers, 2, limit);
        if (m != null)
            return m;
        String w = t.lower(j);
        if (MODIFIERS.contains(w) && Character.isLetter(t.word(j).charAt(0))) {
            int next = t.isWord(j + 1, "-") ? j + 2 : j + 1; // "vice-president"
            m = matchFrom(t, first, next, modifiers + titleCase(w) + (next > j + 1 ? "-" : " "), limit);
            if (m != null)
                return m;
        }
        return lookup(t, first, j, modifiers, 1, limit);
    }

    /**
     * "Tory spokesman", "Liberal Democrat home affairs spokesman", "Plaid Cymru's economics spokesman": a party's
     * spokesperson, a front-bencher of a legislature, of the party's country.
     */
    private TitleMatch partySpokesperson(Tokens t, int first, int limit) {
        for (int n = 2; n >= 1; n--) {
            if (first + n >= limit || !t.sameSentence(first, first + n - 1) || !t.isCapitalized(first))
                continue;
            Entry party = parties.get(t.text(first, first + n).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (party == null)
                continue;
            int k = t.isPossessive(first + n) ? first + n + 1 : first + n;
            for (int field = 0; field <= FIELD && k < limit && t.sameSentence(first, k); field++, k++) {
                if (SPOKESPEOPLE.contains(t.lower(k)))
                    return new TitleMatch(first, k + 1, party.title() + " " + titleCase(t.lower(k)),
                            "legislator/" + party.role() + "-spokesperson", Scope.STATE, party.country());
                String w = t.word(k);
                if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !Character.isLetter(w.charAt(0)))
                    return null;
            }
            return null;
        }
        return null;
    }

    private TitleMatch lookup(Tokens t, int first, int j, String modifiers, int shortest, int limit) {
        for (int n = Math.min(LONGEST, limit - j); n >= shortest; n--) {
            if (!t.sameSentence(j, j + n - 1))
                continue;
            Entry entry = entries.get(t.text(j, j + n).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (entry != null && n == 1 && isAbbreviation(entry.title())
                    && (!t.word(j).equals(entry.title()) || j > 0 && t.tag(j - 1).equals("CD")))
                continue;   // "PM Meloni", not "at 3 PM" nor "pm"
            if (entry != null)
                return new TitleMatch(first, j + n, modifiers + entry.title(),
                        modifiers.toLowerCase(Locale.ROOT).replace('-', ' ') + entry.role(), entry.scope(), entry.country());
        }
        return null;
    }

    /**
     * The military rank ending right before token {@code end} ("Gen.", "Lt. Gen.", "Rear Admiral"), capitalized, or
     * null. Ranks are no titles of the lexicon's {@link #match}: "the general election" holds none.
     */
    TitleMatch rankEndingAt(Tokens t, int end) {
        for (int n = Math.min(RANK_WORDS, end); n >= 1; n--) {
            int first = end - n;
            if (!t.isCapitalized(first) || !t.sameSentence(first, end - 1))
                continue;
            StringBuilder key = new StringBuilder();
            for (int k = first; k < end; k++)
                key.append(k > first ? " " : "").append(t.lower(k).replace(".", ""));
            Entry rank = ranks.get(key.toString());
            if (rank != null)
                return new TitleMatch(first, end, rank.title(), rank.role(), Scope.STATE, null);
        }
        return null;
    }

    /** A title written in capitals, as abbreviations are ("PM", "MP", "MEP"). */
    private static boolean isAbbreviation(String title) {
        return title.length() > 1 && title.chars().allMatch(Character::isUpperCase);
    }

    static String titleCase(String phrase) {
        StringBuilder sb = new StringBuilder();
        for (String w : phrase.split(" ")) {
            if (sb.length() > 0)
                sb.append(' ');
            boolean small = Set.of("of", "for", "and", "the").contains(w) && sb.length() > 0;
            sb.append(small || w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        return sb.toString();
    }
}
