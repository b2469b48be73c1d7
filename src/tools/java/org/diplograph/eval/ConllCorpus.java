package org.diplograph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-2003 file (one {@code TOKEN POS CHUNK NER} line per token, IOB1 tags) into documents whose raw
 * text is rebuilt from the tokens: tokens joined by a space, sentences by a blank line (each CoNLL sentence is
 * a line of the Reuters story: headline, dateline or paragraph).
 */
public final class ConllCorpus {
    /** A gold or predicted entity: type (PER, LOC, ORG, MISC) over tokens {@code [first, last]}. */
    public record Entity(String type, int first, int last) {
    }

    /** One document: its text, where each token starts and ends in it, and the gold entities. */
    public record Document(String text, int[] tokenBegins, int[] tokenEnds, List<Entity> gold) {
        public int tokenStartingAt(int offset) {
            int i = java.util.Arrays.binarySearch(tokenBegins, offset);
            return i >= 0 ? i : -1;
        }

        public int tokenEndingAt(int offset) {
            int i = java.util.Arrays.binarySearch(tokenEnds, offset);
            return i >= 0 ? i : -1;
        }
    }

    private ConllCorpus() {
    }

    public static List<Document> read(Path file, int limit) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Document> docs = new ArrayList<>();
        Builder b = null;
        for (String line : lines) {
            if (line.startsWith("-DOCSTART-")) {
                if (b != null && !b.isEmpty())
                    docs.add(b.build());
                if (limit > 0 && docs.size() >= limit)
                    return docs;
                b = new Builder();
            } else if (line.isBlank()) {
                if (b != null)
                    b.endSentence();
            } else if (b != null) {
                String[] cols = line.split(" ");
                b.token(cols[0], cols[cols.length - 1]);
            }
        }
        if (b != null && !b.isEmpty() && (limit == 0 || docs.size() < limit))
            docs.add(b.build());
        return docs;
    }

    private static final class Builder {
        final StringBuilder text = new StringBuilder();
        final List<int[]> offsets = new ArrayList<>();
        final List<Entity> gold = new ArrayList<>();
        boolean sentenceOpen;
        String openType;
        int openFirst;

        boolean isEmpty() {
            return offsets.isEmpty();
        }

        void token(String word, String tag) {
            if (text.length() > 0)
                text.append(sentenceOpen ? " " : "\n\n");
            sentenceOpen = true;
            int index = offsets.size();
            offsets.add(new int[] {text.length(), text.length() + word.length()});
            text.append(word);
            String type = tag.equals("O") ? null : tag.substring(2);
            if (openType != null && (type == null || !type.equals(openType) || tag.startsWith("B-")))
                close(index - 1);
            if (type != null && openType == null) {
                openType = type;
                openFirst = index;
            }
        }

        void endSentence() {
            close(offsets.size() - 1);
            sentenceOpen = false;
        }

        void close(int last) {
            if (openType != null)
                gold.add(new Entity(openType, openFirst, last));
            openType = null;
        }

        Document build() {
            endSentence();
            int[] begins = offsets.stream().mapToInt(o -> o[0]).toArray();
            int[] ends = offsets.stream().mapToInt(o -> o[1]).toArray();
            return new Document(text.toString(), begins, ends, List.copyOf(gold));
        }
    }
}
