package org.diplograph.extract.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.diplograph.extract.NameMention;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;

/**
 * The proper names of a document, from CoreNLP's token NER tags, with three corrections that each gained on
 * CoNLL-2003 dev (docs/EVALUATION.md):
 * <ul>
 * <li>Adjacent location tokens form one name. CoreNLP's fine-grained pass splits a location that its CRF found
 * whole ("St." LOCATION + "Petersburg" CITY, "Federal Republic of" + "Yugoslavia").</li>
 * <li>Pronouns, which CoreNLP reports as PERSON mentions, and edge punctuation ("-- Luli Popescu") are not names.</li>
 * <li>A surname standing alone is a person when the document names that person in full ("Drew" after
 * "Terrance Drew"): the CRF misses lone surnames at a sentence start.</li>
 * </ul>
 */
public final class NamedEntities {
    private NamedEntities() {
    }

    public static List<NameMention> of(CoreDocument document) {
        List<NameMention> out = new ArrayList<>();
        for (CoreSentence sentence : document.sentences())
            group(document.text(), sentence.tokens(), out);
        addLoneSurnames(document, out);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    static NameMention.Kind kindOf(String nerType) {
        if (nerType == null)
            return null;
        switch (nerType) {
            case "PERSON": return NameMention.Kind.PERSON;
            case "ORGANIZATION": return NameMention.Kind.ORGANIZATION;
            case "CITY": case "STATE_OR_PROVINCE": case "COUNTRY": case "LOCATION": return NameMention.Kind.LOCATION;
            default: return null;
        }
    }

    /** Runs of tokens of one kind; a change of fine type splits persons and organizations but not locations. */
    private static void group(String text, List<CoreLabel> tokens, List<NameMention> out) {
        int start = -1;
        for (int i = 0; i <= tokens.size(); i++) {
            NameMention.Kind kind = i < tokens.size() ? kindOf(tokens.get(i)) : null;
            if (start >= 0) {
                NameMention.Kind open = kindOf(tokens.get(start));
                boolean sameRun = kind == open && (kind == NameMention.Kind.LOCATION
                        || tokens.get(i).ner().equals(tokens.get(i - 1).ner()));
                if (sameRun)
                    continue;
                add(text, tokens, start, i, open, out);
                start = -1;
            }
            if (kind != null)
                start = i;
        }
    }

    private static NameMention.Kind kindOf(CoreLabel token) {
        return token.tag().startsWith("PRP") ? null : kindOf(token.ner());
    }

    private static void add(String text, List<CoreLabel> tokens, int from, int to, NameMention.Kind kind, List<NameMention> out) {
        // Only for persons: organizations end in "Inc." whose period the tokenizer may repeat as its own token.
        while (kind == NameMention.Kind.PERSON && from < to && !hasWordChar(tokens.get(from).word()))
            from++;
        while (kind == NameMention.Kind.PERSON && to > from && !hasWordChar(tokens.get(to - 1).word()))
            to--;
        if (from == to)
            return;
        CoreLabel first = tokens.get(from), last = tokens.get(to - 1);
        out.add(new NameMention(kind, last.ner(), first.beginPosition(), last.endPosition(),
                text.substring(first.beginPosition(), last.endPosition())));
    }

    private static boolean hasWordChar(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit);
    }

    private static void addLoneSurnames(CoreDocument document, List<NameMention> out) {
        Set<String> surnames = new HashSet<>();
        for (NameMention m : out)
            if (m.kind() == NameMention.Kind.PERSON && m.text().contains(" "))
                surnames.add(m.text().substring(m.text().lastIndexOf(' ') + 1));
        if (surnames.isEmpty())
            return;
        for (CoreLabel t : document.tokens()) {
            String word = t.word();
            if (!"O".equals(t.ner()) || !t.tag().startsWith("NNP") || !Character.isUpperCase(word.charAt(0)))
                continue;
            if (surnames.contains(word) || surnames.stream().anyMatch(s -> s.toUpperCase(Locale.ROOT).equals(word)))
                out.add(new NameMention(NameMention.Kind.PERSON, "PERSON", t.beginPosition(), t.endPosition(), word));
        }
    }
}
