package org.diplograph.extract.text;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The turns of a transcript: a line opening with a label of capitals and a colon ("SECRETARY BLINKEN: …",
 * "FOREIGN MINISTER ÇAVUŞOĞLU: …", "QUESTION: …") starts a turn that runs over the sentences up to the next label.
 * Who the label names is the caller's to settle (the persons found in its words; "QUESTION" names no one). A label
 * that is the dateline alone ("ISLAMABAD: …") is a dateline; one that is a whole short line is a heading.
 */
public final class SpeakerTurns {
    /** The most tokens a label holds before its colon ("FOREIGN MINISTER ÇAVUŞOĞLU", "MR PRICE"). */
    public static final int MAX_LABEL = 6;

    /** A label: its sentence and its words, tokens {@code [first, colon)} of that sentence. */
    public record Label(int sentence, int first, int colon) {
    }

    private final Label[] labelOf;

    private SpeakerTurns(Label[] labelOf) {
        this.labelOf = labelOf;
    }

    /** @param dateline the article's dateline place, or null */
    public static SpeakerTurns of(Tokens tokens, String dateline) {
        List<Sentence> sentences = tokens.sentences();
        Label[] out = new Label[sentences.size()];
        Label current = null;
        for (Sentence s : sentences) {
            Label label = label(tokens.text(), s, dateline);
            if (label != null)
                current = label;
            out[s.index()] = current;
        }
        return new SpeakerTurns(out);
    }

    /** The label of the turn sentence {@code index} belongs to, or null outside a transcript's turns. */
    public Label labelOf(int index) {
        return index < 0 || index >= labelOf.length ? null : labelOf[index];
    }

    public boolean any() {
        return Arrays.stream(labelOf).anyMatch(l -> l != null);
    }

    private static Label label(String text, Sentence s, String dateline) {
        int begin = s.begin();
        if (begin > 0 && text.charAt(begin - 1) != '\n')
            return null;
        for (int i = 0; i < s.size() && i <= MAX_LABEL; i++) {
            String w = s.word(i);
            if (w.equals(":")) {
                if (i == 0 || i + 1 >= s.size() || dateline != null && s.text(text, 0, i - 1).equalsIgnoreCase(dateline))
                    return null;
                return new Label(s.index(), 0, i);
            }
            if (!isLabelWord(w))
                return null;
        }
        return null;
    }

    /** A word a label may hold: in capitals ("BLINKEN", "MR", "ÇAVUŞOĞLU"), or the full stop of "MR." / "U.S.". */
    public static boolean isLabelWord(String w) {
        return w.equals(w.toUpperCase(Locale.ROOT)) && (w.equals(".") || w.codePoints().anyMatch(Character::isUpperCase));
    }
}
