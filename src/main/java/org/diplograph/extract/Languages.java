package org.diplograph.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A cheap check that an article is in English, made before CoreNLP's English models run over it: on Arabic,
 * Russian or Chinese text they find nothing or junk, and on French or Spanish they tag capitalised words as
 * names. Two tests, both over the whole text, neither a language model:
 * <ul>
 * <li>script: at least half of the letters must be Latin; else "looks like Arabic script";</li>
 * <li>words: in a Latin text of {@value #MIN_WORDS} words or more, at least {@value #MIN_ENGLISH_SHARE} of them
 * must be common English function words ("the", "of", "said"...). English news has 12% or more (the lowest of
 * the 2,225 BBC articles, a football line-up, has 12.2%; half of them have over 35%); French, Spanish, German
 * and Dutch have 0-3%.</li>
 * </ul>
 * Short texts pass: too little to judge, and a short English text is often a headline without function words.
 */
public final class Languages {
    static final int MIN_LETTERS = 20;
    static final int MIN_WORDS = 30;
    static final double MIN_ENGLISH_SHARE = 0.06;

    /** Frequent in English prose, rare as words of other Latin-script languages ("in", "a", "an" are left out). */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "that", "for", "on", "with",
            "as", "was", "by", "at", "it", "from", "he", "said", "his", "are", "be", "has", "have", "will", "not",
            "this", "but", "they", "were", "which", "who", "their", "been", "had", "would", "its", "after", "over",
            "also", "or", "she", "her", "we", "about", "than", "more", "there", "when", "up", "out", "into", "new",
            "two");

    private Languages() {
    }

    /** Why {@code text} is not English, or empty when it may be. */
    public static Optional<String> whyNotEnglish(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters.merge(UnicodeScript.of(c), 1, Integer::sum);
                total++;
            }
        }
        if (total < MIN_LETTERS)
            return Optional.empty();
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        if (latin * 2 < total) {
            UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return Optional.of("not English (looks like " + scriptName(main) + " script); diplograph reads English news");
        }
        return englishWords(text);
    }

    private static Optional<String> englishWords(String text) {
        int words = 0, english = 0;
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i)))
                i++;
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i)))
                i++;
            if (i > start) {
                words++;
                if (i - start <= 5 && ENGLISH.contains(text.substring(start, i).toLowerCase(Locale.ROOT)))
                    english++;
            }
        }
        if (words < MIN_WORDS || english >= MIN_ENGLISH_SHARE * words)
            return Optional.empty();
        return Optional.of(String.format(Locale.ROOT, "not English (Latin script, but only %d of %d words are common "
                + "English words); diplograph reads English news", english, words));
    }

    private static String scriptName(UnicodeScript script) {
        if (script == UnicodeScript.HAN)
            return "Chinese (Han)";
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
