package org.diplograph.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * The sentences of an article for the meeting and relation rules. CoreNLP ends a sentence after a rank or title
 * abbreviation followed by a name ("... met Pakistan's National Security Adviser Lt . Nasser Khan Janjua and
 * agreed ..."); such pieces are joined again, so that a name is never cut off from the verb that governs it.
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of("lt", "gen", "col", "maj", "capt", "adm", "sgt", "dr",
            "mr", "mrs", "ms", "prof", "sen", "rep", "gov", "st", "rev", "amb", "h.e", "retd", "(retd.)", "retd.)");

    private Sentences() {
    }

    public static List<Sentence> of(CoreDocument document) {
        List<Sentence> out = new ArrayList<>();
        List<CoreLabel> pending = null;
        for (CoreSentence sentence : document.sentences()) {
            List<CoreLabel> tokens = sentence.tokens();
            if (pending != null && startsWithName(tokens)) {
                pending = new ArrayList<>(pending);
                pending.addAll(tokens);
            } else {
                if (pending != null)
                    out.add(new Sentence(pending, out.size()));
                pending = tokens;
            }
            if (!endsWithAbbreviation(pending)) {
                out.add(new Sentence(pending, out.size()));
                pending = null;
            }
        }
        if (pending != null)
            out.add(new Sentence(pending, out.size()));
        return out;
    }

    private static boolean endsWithAbbreviation(List<CoreLabel> tokens) {
        int n = tokens.size();
        while (n > 2 && (tokens.get(n - 1).word().equals(")") || tokens.get(n - 1).word().equals("-RRB-")))
            n--; // "Lt. Gen. (Retd.)"
        if (n < 2)
            return false;
        String last = tokens.get(n - 1).word(), before = tokens.get(n - 2).word().toLowerCase(Locale.ROOT);
        if (last.equals("."))
            return ABBREVIATIONS.contains(before) || ABBREVIATIONS.contains(before.replace(".", ""));
        String word = last.toLowerCase(Locale.ROOT);
        return word.endsWith(".") && ABBREVIATIONS.contains(word.substring(0, word.length() - 1));
    }

    private static boolean startsWithName(List<CoreLabel> tokens) {
        String first = tokens.isEmpty() ? "" : tokens.get(0).word();
        return !first.isEmpty() && Character.isUpperCase(first.charAt(0)) && tokens.get(0).tag().startsWith("NNP");
    }
}
