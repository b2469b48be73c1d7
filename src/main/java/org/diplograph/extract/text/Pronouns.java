package org.diplograph.extract.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * The one policy by which "he" or "she" refers to a person, for every family: of the candidates in reach, the one
 * that fits the pronoun's gender ({@link Genders}; unknown fits, except beside a woman known as one for "she"), and
 * only when it is the only one. Two that fit
 * leave the pronoun unresolved, because a wrong person is worse than none: on "he arrived in Britain ... after
 * flying from the United States, where he met President George W Bush", guessing gave Blair a meeting that was
 * Musharraf's. What is in reach is each caller's filter: the persons named since the start of the previous sentence,
 * not inside a quotation (who is who, whose decisions the meeting and relation rules read), or the subjects and
 * speakers of the nearest sentence that has one (statements).
 */
public final class Pronouns {
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "hers");

    private Pronouns() {
    }

    /** He, him, his, she, her, hers. */
    public static boolean isPersonal(String word) {
        return PERSONAL.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The candidates, each once and in order, whose gender fits {@code pronoun}. For "she", a woman known as one
     * (first name or honorific) leaves out the candidates of unknown gender: those are mostly men named by surname
     * alone ("Ina Kirsch ... told the AP ... She said she had met with Manafort"), so knowing her for a woman is
     * evidence. Not so for "he": a man known as one says nothing against a surname of unknown gender, itself most
     * often a man's ("Tony Blair ... Musharraf ... he" stays unresolved).
     */
    public static <T> List<T> fitting(String pronoun, Collection<T> candidates, Function<T, Genders.Gender> gender) {
        Genders.Gender wanted = Genders.ofPronoun(pronoun);
        List<T> out = new ArrayList<>(), known = new ArrayList<>();
        for (T c : new LinkedHashSet<>(candidates)) {
            if (c == null || wanted != null && !Genders.compatible(wanted, gender.apply(c)))
                continue;
            out.add(c);
            if (wanted != null && gender.apply(c) == wanted)
                known.add(c);
        }
        return wanted == Genders.Gender.FEMALE && !known.isEmpty() ? known : out;
    }

    /** The one fitting candidate, or null when there is none or more than one. */
    public static <T> T sole(List<T> fitting) {
        return fitting.size() == 1 ? fitting.get(0) : null;
    }
}
