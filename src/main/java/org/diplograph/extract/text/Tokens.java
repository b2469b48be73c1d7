package org.diplograph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/** The tokens of a document as one indexed list, with their sentence, for rules that look a few tokens around. */
public final class Tokens {
    private final String text;
    private final List<CoreLabel> tokens = new ArrayList<>();
    private final List<Integer> sentences = new ArrayList<>();

    /** Abbreviations after which CoreNLP may wrongly end a sentence ("Lt .Gen. Janjua" splits after "Lt ."). */
    private static final Set<String> ABBREVIATIONS = Set.of("lt", "gen", "col", "maj", "brig", "capt", "adm", "dr",
            "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "st", "sgt", "cpl", "pvt", "h.e", "retd");

    public Tokens(CoreDocument document) {
        text = document.text();
        int s = 0;
        for (CoreSentence sentence : document.sentences()) {
            for (CoreLabel token : sentence.tokens()) {
                tokens.add(token);
                sentences.add(s);
            }
            if (!endsInAbbreviation(sentence.tokens()))
                s++;
        }
    }

    private static boolean endsInAbbreviation(List<CoreLabel> sentence) {
        int k = sentence.size() - 1;
        while (k > 0 && !Character.isLetter(sentence.get(k).word().charAt(0)))
            k--; // ". )" after "(Retd"
        return ABBREVIATIONS.contains(sentence.get(k).word().toLowerCase(Locale.ROOT).replaceAll("\\.$", ""));
    }

    /** The text from token {@code from} to the end of token {@code to - 1}: "Secretary-General" is three tokens. */
    public String text(int from, int to) {
        return text.substring(begin(from), end(to - 1));
    }

    public int size() {
        return tokens.size();
    }

    public String word(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).word() : "";
    }

    public String lower(int i) {
        return word(i).toLowerCase(Locale.ROOT);
    }

    public String tag(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).tag() : "";
    }

    public String ner(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).ner() : "";
    }

    public int sentence(int i) {
        return sentences.get(i);
    }

    public int begin(int i) {
        return tokens.get(i).beginPosition();
    }

    public int end(int i) {
        return tokens.get(i).endPosition();
    }

    /** The token starting at or covering local offset {@code offset}, or -1. */
    public int covering(int offset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (end(mid) <= offset)
                lo = mid + 1;
            else if (begin(mid) > offset)
                hi = mid - 1;
            else
                return mid;
        }
        return lo < tokens.size() ? lo : -1;
    }

    /** The first token after the span ending at local offset {@code offset}. */
    public int after(int offset) {
        int i = covering(Math.max(0, offset - 1));
        return i < 0 ? tokens.size() : i + 1;
    }

    public boolean isWord(int i, String... words) {
        String w = lower(i);
        for (String candidate : words)
            if (w.equals(candidate))
                return true;
        return false;
    }

    public boolean isPossessive(int i) {
        return isWord(i, "'s", "’s", "'", "’");
    }

    public boolean sameSentence(int i, int j) {
        return i >= 0 && j >= 0 && i < size() && j < size() && sentence(i) == sentence(j);
    }
}
