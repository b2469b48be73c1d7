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
 * names. No language model, three tests over the whole text:
 * <ul>
 * <li>script: at least half of the letters must be Latin; else "looks like Arabic script";</li>
 * <li>words: in a Latin text of {@value #MIN_WORDS} words or more, at least {@value #MIN_ENGLISH_SHARE} of them
 * must be common English function words ("the", "of", "said"...). English news has 12% or more (the lowest of
 * the 2,225 BBC articles, a football line-up, has 12.2%; half of them have over 35%); French, Spanish, German
 * and Dutch have 0-3%;</li>
 * <li>tables and lists: a text with fewer (sports results, company figures, a bond sale's terms: 20 of the 216
 * Reuters stories of CoNLL-2003's dev set) is still English when most of its lines are table rows or list items
 * rather than sentences, it has English function words, and it has fewer of the function words of French, Spanish,
 * German, Italian, Portuguese, Dutch, Swedish or Icelandic ("des", "und", "los"...) than of English ones. Its
 * sentences, if there are {@value #MIN_WORDS} words of them, must pass the words test on their own. It is
 * {@link Verdict#TABLES}: English, with a warning that it was judged from few words.</li>
 * </ul>
 * Short texts pass: too little to judge, and a short English text is often a headline without function words.
 */
public final class Languages {
    static final int MIN_LETTERS = 20;
    static final int MIN_WORDS = 30;
    static final double MIN_ENGLISH_SHARE = 0.06;
    /** A line is a sentence, not a table row or list item, with this many words, most of them not capitalised. */
    private static final int MIN_SENTENCE_WORDS = 5;
    private static final double MIN_SENTENCE_LOWER_CASE = 0.4;

    /** Frequent in English prose, rare as words of other Latin-script languages ("in", "a", "an" are left out). */
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "to", "is", "that", "for", "on", "with",
            "as", "was", "by", "at", "it", "from", "he", "said", "his", "are", "be", "has", "have", "will", "not",
            "this", "but", "they", "were", "which", "who", "their", "been", "had", "would", "its", "after", "over",
            "also", "or", "she", "her", "we", "about", "than", "more", "there", "when", "up", "out", "into", "new",
            "two");
    /**
     * Frequent function words of other Latin-script languages that are not English words, counted only in lower
     * case (as they stand in sentences, not in names). Left out: words English has too ("die", "per", "son",
     * "am", "no", "do", "as", "till") and one-letter words.
     */
    private static final Set<String> OTHER = Set.of(
            // French
            "le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "par", "sur", "au", "aux", "avec",
            "qui", "que", "ne", "pas", "sont", "été", "il", "elle", "ils", "ses", "sa", "leur", "ont", "cette",
            "selon", "après", "entre",
            // German
            "der", "das", "und", "den", "dem", "ist", "nicht", "mit", "von", "zu", "im", "auf", "für", "ein",
            "eine", "einer", "sich", "auch", "nach", "bei", "wird", "aus", "sie", "wurde", "gegen",
            // Spanish
            "el", "los", "las", "del", "en", "por", "con", "para", "una", "es", "se", "lo", "su", "sus", "como",
            "más", "fue", "según",
            // Italian
            "gli", "della", "delle", "dei", "di", "che", "è", "nel", "alla", "sono", "ha", "anche", "tra",
            // Portuguese
            "os", "da", "dos", "em", "uma", "não", "na", "ao", "foi", "pelo", "pela", "também",
            // Dutch
            "het", "een", "van", "te", "zijn", "voor", "niet", "aan", "er", "ook", "door", "bij", "naar",
            // Swedish
            "och", "att", "det", "som", "är", "av", "för", "på", "med", "har", "inte", "om",
            // Icelandic
            "og", "að", "í", "á", "sem", "um", "við", "með", "fyrir", "hefur", "var", "ekki", "hann", "hún",
            "það", "af", "frá");

    /** What the check found. */
    public enum Verdict {
        /** English sentences, or too short to judge. */
        ENGLISH,
        /** Mostly table rows or list items, judged English from few words; read, with a warning. */
        TABLES,
        /** Another language or script; not read. */
        NOT_ENGLISH
    }

    /** A verdict and, unless plainly English, why: one line for a person. */
    public record Judgement(Verdict verdict, String reason) {
        public boolean english() {
            return verdict != Verdict.NOT_ENGLISH;
        }
    }

    private static final Judgement ENGLISH_TEXT = new Judgement(Verdict.ENGLISH, "");

    private Languages() {
    }

    /** Why {@code text} is not English, or empty when it may be (including {@link Verdict#TABLES}). */
    public static Optional<String> whyNotEnglish(String text) {
        Judgement j = judge(text);
        return j.english() ? Optional.empty() : Optional.of(j.reason());
    }

    public static Judgement judge(String text) {
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
            return ENGLISH_TEXT;
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        if (latin * 2 < total) {
            UnicodeScript main = letters.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            return notEnglish("not English (looks like " + scriptName(main) + " script)");
        }
        return englishWords(text);
    }

    private static Judgement englishWords(String text) {
        WordCounts all = WordCounts.of(text);
        if (all.words < MIN_WORDS || all.english >= MIN_ENGLISH_SHARE * all.words)
            return ENGLISH_TEXT;
        String words = String.format(Locale.ROOT, "only %d of %d words are common English words", all.english, all.words);
        // Sentences, told from table rows and list items line by line.
        int lines = 0, sentenceLines = 0;
        StringBuilder sentences = new StringBuilder();
        for (String line : text.split("\\R")) {
            if (line.isBlank())
                continue;
            lines++;
            int[] counts = wordTokens(line);
            if (counts[0] >= MIN_SENTENCE_WORDS && counts[1] >= MIN_SENTENCE_LOWER_CASE * counts[0]) {
                sentenceLines++;
                sentences.append(line).append('\n');
            }
        }
        if (sentenceLines * 2 >= lines)
            return notEnglish("not English (Latin script, but " + words + ")");
        if (all.english == 0 || all.other >= all.english)
            return notEnglish(String.format(Locale.ROOT, "not English (Latin script, mostly tables or lists; %d "
                    + "function words of other languages, %d of English)", all.other, all.english));
        WordCounts prose = WordCounts.of(sentences);
        if (prose.words >= MIN_WORDS && prose.english < MIN_ENGLISH_SHARE * prose.words)
            return notEnglish(String.format(Locale.ROOT, "not English (Latin script, but only %d of the %d words "
                    + "of its sentences are common English words)", prose.english, prose.words));
        return new Judgement(Verdict.TABLES, String.format(Locale.ROOT, "mostly tables or lists (%d of %d lines), "
                + "read as English from few words (%s)", lines - sentenceLines, lines, words));
    }

    private static Judgement notEnglish(String why) {
        return new Judgement(Verdict.NOT_ENGLISH, why + "; diplograph reads English news");
    }

    /** Words (runs of letters), English function words and, in lower case, other languages' function words. */
    private record WordCounts(int words, int english, int other) {
        static WordCounts of(CharSequence text) {
            int words = 0, english = 0, other = 0;
            int i = 0;
            while (i < text.length()) {
                while (i < text.length() && !Character.isLetter(text.charAt(i)))
                    i++;
                int start = i;
                while (i < text.length() && Character.isLetter(text.charAt(i)))
                    i++;
                if (i > start) {
                    words++;
                    String word = text.subSequence(start, i).toString();
                    if (i - start <= 5 && ENGLISH.contains(word.toLowerCase(Locale.ROOT)))
                        english++;
                    else if (OTHER.contains(word))
                        other++;
                }
            }
            return new WordCounts(words, english, other);
        }
    }

    /**
     * The whitespace-separated tokens of a line that are words (letters, perhaps with inner hyphens, apostrophes
     * or dots, once outer punctuation is stripped; "2nd" and "6-0" are not) and how many start in lower case.
     */
    private static int[] wordTokens(String line) {
        int words = 0, lower = 0;
        for (String token : line.strip().split("\\s+")) {
            int from = 0, to = token.length();
            while (from < to && !Character.isLetterOrDigit(token.charAt(from)))
                from++;
            while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1)))
                to--;
            if (from == to || !Character.isLetter(token.charAt(from)))
                continue;
            boolean word = true;
            for (int i = from; i < to && word; i++) {
                char c = token.charAt(i);
                word = Character.isLetter(c) || c == '-' || c == '\'' || c == '’' || c == '.';
            }
            if (word) {
                words++;
                if (Character.isLowerCase(token.charAt(from)))
                    lower++;
            }
        }
        return new int[] {words, lower};
    }

    private static String scriptName(UnicodeScript script) {
        if (script == UnicodeScript.HAN)
            return "Chinese (Han)";
        String name = script.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
