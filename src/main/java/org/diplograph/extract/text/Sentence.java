package org.diplograph.extract.text;

import java.util.List;
import java.util.Locale;

import edu.stanford.nlp.ling.CoreLabel;

/**
 * One sentence as the meeting and relation rules see it: tokens with word, lemma, part of speech and local
 * character offsets (into the article text), addressed by index.
 */
public final class Sentence {
    private final List<CoreLabel> tokens;
    private final int index;

    public Sentence(List<CoreLabel> tokens, int index) {
        this.tokens = List.copyOf(tokens);
        this.index = index;
    }

    public int index() {
        return index;
    }

    public int size() {
        return tokens.size();
    }

    public String word(int i) {
        return tokens.get(i).word();
    }

    public String lower(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).word().toLowerCase(Locale.ROOT);
    }

    public String lemma(int i) {
        if (i < 0 || i >= tokens.size())
            return "";
        String lemma = tokens.get(i).lemma();
        return (lemma == null ? tokens.get(i).word() : lemma).toLowerCase(Locale.ROOT);
    }

    public String pos(int i) {
        return i < 0 || i >= tokens.size() ? "" : tokens.get(i).tag();
    }

    /** CoreNLP's named-entity tag ("DATE", "PERSON", "O"…). */
    public String ner(int i) {
        String ner = i < 0 || i >= tokens.size() ? null : tokens.get(i).ner();
        return ner == null ? "O" : ner;
    }

    public boolean isVerb(int i) {
        return pos(i).startsWith("VB") || pos(i).equals("MD");
    }

    /** A verb that heads a clause of its own: a finite verb or a modal. */
    public boolean isFiniteVerb(int i) {
        String p = pos(i);
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    public boolean isNoun(int i) {
        return pos(i).startsWith("NN");
    }

    public boolean isCapitalized(int i) {
        String w = i < 0 || i >= tokens.size() ? "" : word(i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    public int begin(int i) {
        return tokens.get(i).beginPosition();
    }

    public int end(int i) {
        return tokens.get(i).endPosition();
    }

    public int begin() {
        return begin(0);
    }

    public int end() {
        return end(size() - 1);
    }

    /** The index of the token covering local character offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < tokens.size(); i++)
            if (begin(i) <= offset && offset < end(i))
                return i;
        return -1;
    }

    /** The first token starting at or after {@code offset}, or -1. */
    public int tokenFrom(int offset) {
        for (int i = 0; i < tokens.size(); i++)
            if (end(i) > offset)
                return i;
        return -1;
    }

    /** The last token ending at or before {@code offset}, or -1. */
    public int tokenUntil(int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--)
            if (begin(i) < offset)
                return i;
        return -1;
    }

    public boolean contains(int localOffset) {
        return begin() <= localOffset && localOffset < end();
    }

    /** The text of tokens {@code [from, to]} (inclusive) from the article text. */
    public String text(String articleText, int from, int to) {
        return articleText.substring(begin(from), end(to));
    }
}
