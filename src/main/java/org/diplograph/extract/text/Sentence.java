package org.diplograph.extract.text;

/**
 * One sentence of an article's {@link Tokens}, with token indexes of its own ({@code 0 .. size() - 1}): what the
 * rules that work a sentence at a time (meetings, relations) see. Indexes outside the sentence read as the empty
 * word, so a rule never looks into the next sentence by accident.
 */
public final class Sentence {
    private final Tokens tokens;
    private final int index;
    private final int first;
    private final int end;

    Sentence(Tokens tokens, int index, int first, int end) {
        this.tokens = tokens;
        this.index = index;
        this.first = first;
        this.end = end;
    }

    public int index() {
        return index;
    }

    public int size() {
        return end - first;
    }

    /** The tokens of the whole article. */
    public Tokens tokens() {
        return tokens;
    }

    /** The token of the article at index {@code i} of this sentence. */
    public int articleToken(int i) {
        return first + i;
    }

    private int at(int i) {
        return i < 0 || i >= size() ? -1 : first + i;
    }

    public String word(int i) {
        return tokens.word(at(i));
    }

    public String lower(int i) {
        return tokens.lower(at(i));
    }

    public String lemma(int i) {
        return tokens.lemma(at(i));
    }

    public String pos(int i) {
        return tokens.tag(at(i));
    }

    /** CoreNLP's named-entity tag ("DATE", "PERSON", "O"…). */
    public String ner(int i) {
        return tokens.ner(at(i));
    }

    public boolean isVerb(int i) {
        return tokens.isVerb(at(i));
    }

    /** A verb that heads a clause of its own: a finite verb or a modal. */
    public boolean isFiniteVerb(int i) {
        return tokens.isFiniteVerb(at(i));
    }

    public boolean isNoun(int i) {
        return tokens.isNoun(at(i));
    }

    public boolean isCapitalized(int i) {
        return tokens.isCapitalized(at(i));
    }

    public int begin(int i) {
        return tokens.begin(first + i);
    }

    public int end(int i) {
        return tokens.end(first + i);
    }

    public int begin() {
        return begin(0);
    }

    public int end() {
        return end(size() - 1);
    }

    /** The index of the token covering local character offset {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (int i = 0; i < size(); i++)
            if (begin(i) <= offset && offset < end(i))
                return i;
        return -1;
    }

    /** The first token starting at or after {@code offset}, or -1. */
    public int tokenFrom(int offset) {
        for (int i = 0; i < size(); i++)
            if (end(i) > offset)
                return i;
        return -1;
    }

    /** The last token ending at or before {@code offset}, or -1. */
    public int tokenUntil(int offset) {
        for (int i = size() - 1; i >= 0; i--)
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
