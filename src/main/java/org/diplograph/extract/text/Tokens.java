package org.diplograph.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * The tokens of one article as every extraction family sees them: one list in document order (a token is addressed
 * by its index), each with word, tag, lemma and named-entity tag, its character offsets in the article text, its
 * sentence and its paragraph. Out-of-range indexes read as the empty word, so rules may look a few tokens around
 * without bounds checks. Built once per article ({@code ExtractionContext.tokens()}).
 * <p>
 * Sentences are CoreNLP's with two corrections of its splitter on news text:
 * <ul>
 * <li>a piece ending in a rank or title abbreviation is joined to the next when that starts with a name: CoreNLP
 * ends a sentence at "... met Pakistan's National Security Adviser Lt ." before "Nasser Khan Janjua and agreed
 * ...", and a name must not be cut off from the verb that governs it;</li>
 * <li>a sentence never crosses a line break: the splitter (breaking only at blank lines) joins a headline-like line
 * without a full stop to the paragraph after it, and no statement, title or meeting runs across them.</li>
 * </ul>
 */
public final class Tokens {
    /** Abbreviations after which CoreNLP may wrongly end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("lt", "gen", "col", "maj", "brig", "capt", "adm", "sgt",
            "cpl", "pvt", "dr", "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "st", "rev", "amb", "h.e", "retd");

    private final String text;
    private final List<CoreLabel> tokens;
    private final String[] lower;
    private final String[] lemma;
    private final int[] sentenceOf;
    private final int[] sentenceStart;   // first token of each sentence, then the token count
    private final int[] paragraphOf;     // of each token
    private final int[] breakRuns;       // offsets where a run of line breaks begins, ascending
    private List<Sentence> sentences;

    public Tokens(CoreDocument document) {
        this.text = document.text();
        this.tokens = document.tokens();
        int n = tokens.size();
        lower = new String[n];
        lemma = new String[n];
        for (int i = 0; i < n; i++) {
            CoreLabel t = tokens.get(i);
            lower[i] = t.word().toLowerCase(Locale.ROOT);
            lemma[i] = t.lemma() == null ? lower[i] : t.lemma().toLowerCase(Locale.ROOT);
        }
        breakRuns = breakRuns(text);
        paragraphOf = new int[n];
        for (int i = 0; i < n; i++)
            paragraphOf[i] = paragraphOf(begin(i));
        boolean[] starts = new boolean[n];
        int first = 0;
        List<CoreLabel> previous = null;
        for (CoreSentence sentence : document.sentences()) {
            List<CoreLabel> piece = sentence.tokens();
            if (first < n && !(previous != null && endsInAbbreviation(previous) && startsWithName(piece)))
                starts[first] = true;
            previous = piece;
            first += piece.size();
        }
        for (int i = 1; i < n; i++)
            starts[i] |= paragraphOf[i] != paragraphOf[i - 1];
        if (n > 0)
            starts[0] = true;
        sentenceOf = new int[n];
        int[] begins = new int[n + 1];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (starts[i])
                begins[count++] = i;
            sentenceOf[i] = count - 1;
        }
        begins[count] = n;
        sentenceStart = Arrays.copyOf(begins, count + 1);
    }

    /** "Lt .", "Gen.", "(Retd.)", "Lt. Gen. (Retd" + ". )": the piece ends in an abbreviation of rank or title. */
    private static boolean endsInAbbreviation(List<CoreLabel> piece) {
        int k = piece.size() - 1;
        while (k > 0 && isPunct(piece.get(k).word()))
            k--;
        String w = piece.get(k).word().toLowerCase(Locale.ROOT).replaceAll("^\\(+|[.)]+$", "");
        return ABBREVIATIONS.contains(w);
    }

    /** A name (a capitalized proper noun) or a parenthesis ("(Retd.) Amjad Shoaib") opens the piece. */
    private static boolean startsWithName(List<CoreLabel> piece) {
        String first = piece.isEmpty() ? "" : piece.get(0).word();
        if (first.equals("(") || first.equals("-LRB-"))
            return true;
        String tag = piece.isEmpty() || piece.get(0).tag() == null ? "" : piece.get(0).tag();
        return !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && tag.startsWith("NNP");
    }

    /** Offsets where a run of line breaks (with the spaces between them) begins. */
    private static int[] breakRuns(String text) {
        List<Integer> runs = new ArrayList<>();
        boolean inBreak = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' && !inBreak)
                runs.add(i);
            inBreak = c == '\n' || inBreak && Character.isWhitespace(c);
        }
        return runs.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The article text the offsets index. */
    public String text() {
        return text;
    }

    public int size() {
        return tokens.size();
    }

    private boolean in(int i) {
        return i >= 0 && i < tokens.size();
    }

    /** The CoreNLP token at {@code i}. */
    public CoreLabel token(int i) {
        return tokens.get(i);
    }

    public List<CoreLabel> all() {
        return Collections.unmodifiableList(tokens);
    }

    public String word(int i) {
        return in(i) ? tokens.get(i).word() : "";
    }

    public String lower(int i) {
        return in(i) ? lower[i] : "";
    }

    /** The lemma, lower case (the word where CoreNLP gives none). */
    public String lemma(int i) {
        return in(i) ? lemma[i] : "";
    }

    /** The part-of-speech tag, "" where none. */
    public String tag(int i) {
        String tag = in(i) ? tokens.get(i).tag() : null;
        return tag == null ? "" : tag;
    }

    /** The named-entity tag, "O" where none. */
    public String ner(int i) {
        String ner = in(i) ? tokens.get(i).ner() : null;
        return ner == null ? "O" : ner;
    }

    public int begin(int i) {
        return tokens.get(i).beginPosition();
    }

    public int end(int i) {
        return tokens.get(i).endPosition();
    }

    /** The text from token {@code from} to the end of token {@code to - 1}: "Secretary-General" is three tokens. */
    public String text(int from, int to) {
        return text.substring(begin(from), end(to - 1));
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

    public boolean isPunct(int i) {
        return isPunct(word(i));
    }

    private static boolean isPunct(String w) {
        return !w.isEmpty() && w.chars().noneMatch(Character::isLetterOrDigit);
    }

    public boolean isVerb(int i) {
        return isVerbTag(tag(i));
    }

    /** A verb that heads a clause of its own: a finite verb or a modal. */
    public boolean isFiniteVerb(int i) {
        return isFiniteVerbTag(tag(i));
    }

    public boolean isNoun(int i) {
        return tag(i).startsWith("NN");
    }

    public boolean isCapitalized(int i) {
        String w = word(i);
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /** VB*, or MD. */
    public static boolean isVerbTag(String tag) {
        return tag.startsWith("VB") || tag.equals("MD");
    }

    /** VBD, VBZ, VBP, or MD: the one test of a finite verb every family uses. */
    public static boolean isFiniteVerbTag(String tag) {
        return tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD");
    }

    /** The sentence of token {@code i}. */
    public int sentence(int i) {
        return sentenceOf[i];
    }

    public int sentenceCount() {
        return sentenceStart.length - 1;
    }

    /** The first token of sentence {@code s}. */
    public int sentenceStart(int s) {
        return sentenceStart[s];
    }

    /** One past the last token of sentence {@code s}. */
    public int sentenceEnd(int s) {
        return sentenceStart[s + 1];
    }

    public boolean sameSentence(int i, int j) {
        return in(i) && in(j) && sentenceOf[i] == sentenceOf[j];
    }

    /** The sentences as views with their own token indexes, for rules that work one sentence at a time. */
    public List<Sentence> sentences() {
        if (sentences == null) {
            List<Sentence> out = new ArrayList<>();
            for (int s = 0; s < sentenceCount(); s++)
                out.add(new Sentence(this, s, sentenceStart(s), sentenceEnd(s)));
            sentences = List.copyOf(out);
        }
        return sentences;
    }

    /** Paragraph number of a character offset: the runs of line breaks before it. */
    public int paragraphOf(int offset) {
        int lo = 0, hi = breakRuns.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (breakRuns[mid] < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    public int paragraphOfToken(int i) {
        return paragraphOf[i];
    }

    /** The token starting at or covering offset {@code offset}, else the first after it, or -1 past the end. */
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

    /** The first token after the span ending at offset {@code offset}. */
    public int after(int offset) {
        int i = covering(Math.max(0, offset - 1));
        return i < 0 ? tokens.size() : i + 1;
    }

    /** The first token starting at or after {@code offset} ({@link #size()} if none). */
    public int startingFrom(int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (begin(mid) < offset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
