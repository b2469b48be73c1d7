package org.diplograph.extract.statements;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.text.TsvRows;

/**
 * The words of {@code data/statements.tsv}: plural nouns that stand for a group of speakers (people or countries),
 * the words that make them the whole group, transcript labels of no named speaker, honorifics of labels, the
 * titles of joint statements, and the reporting verbs and nouns of {@link ReportingWords}. Loaded once per JVM.
 */
final class StatementWords {
    /** What a group noun stands for. */
    enum Group { PERSONS, COUNTRIES }

    private static final StatementWords STANDARD = load("/data/statements.tsv");

    private final Map<String, Set<String>> byKind = new HashMap<>();

    private StatementWords() {
    }

    static StatementWords standard() {
        return STANDARD;
    }

    private static StatementWords load(String resource) {
        StatementWords words = new StatementWords();
        for (String[] row : TsvRows.of(resource)) {
            if (row.length < 2)
                throw new IllegalStateException(resource + ": a row needs a kind and a word: " + String.join("\t", row));
            words.byKind.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1].toLowerCase(Locale.ROOT));
        }
        for (String kind : List.of("group-person", "group-country", "group-number", "no-speaker", "honorific", "joint-title",
                "contact-verb", "speech-verb", "quote-verb", "attitude-verb", "object-verb", "inverting-verb",
                "hearer-verb", "company-noun", "not-company-word", "government-noun", "official-group",
                "statement-noun"))
            if (!words.byKind.containsKey(kind))
                throw new IllegalStateException(resource + ": no row of kind " + kind);
        return words;
    }

    /** What the plural noun phrase {@code phrase} (lower case, words joined by single spaces) stands for, or null. */
    Group group(String phrase) {
        if (byKind.get("group-person").contains(phrase))
            return Group.PERSONS;
        return byKind.get("group-country").contains(phrase) ? Group.COUNTRIES : null;
    }

    boolean isGroupNumber(String word) {
        return byKind.get("group-number").contains(word.toLowerCase(Locale.ROOT));
    }

    /** The words of one kind of row ("speech-verb", "statement-noun" …), lower case. */
    Set<String> of(String kind) {
        Set<String> words = byKind.get(kind);
        if (words == null)
            throw new IllegalArgumentException("no kind " + kind + " in data/statements.tsv");
        return words;
    }

    /** Whether {@code lemma} is a verb of meeting someone ("spoke with", "met", "hosted"). */
    boolean isContactVerb(String lemma) {
        return byKind.get("contact-verb").contains(lemma.toLowerCase(Locale.ROOT));
    }

    boolean isNoSpeaker(String label) {
        return byKind.get("no-speaker").contains(label.toLowerCase(Locale.ROOT));
    }

    boolean isHonorific(String word) {
        return byKind.get("honorific").contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code title} names a joint statement ("Joint Statement on …", "United States-Italy Joint Leaders’ Statement"). */
    boolean isJointTitle(String title) {
        String t = title.toLowerCase(Locale.ROOT);
        return byKind.get("joint-title").stream().anyMatch(t::contains);
    }
}
