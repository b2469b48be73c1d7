package org.diplograph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR's dev split (../shared/eval/polnear/data/dev): article texts and their brat standoff attributions.
 * Articles that several annotators did are scored against the first annotation file in name order.
 */
public final class PolnearCorpus {
    /** One article: its text, its date (from the file name), and its gold attributions. */
    public record Document(String name, String text, LocalDate date, List<Span> gold) {
    }

    /** A gold attribution: content and source fragments {@code [begin, end)}; no source fragments when unsaid. */
    public record Span(List<int[]> content, List<int[]> source, String contentText, String sourceText,
                       String cueText) {
        public boolean direct() {
            String t = contentText.strip();
            return !t.isEmpty() && "“\"‘'".indexOf(t.charAt(0)) >= 0
                    && t.replaceAll("[.,;:!?)\\s]+$", "").matches("(?s).*[”\"’']$");
        }
    }

    private PolnearCorpus() {
    }

    /** The documents under {@code evalRoot}/polnear/data/dev, in name order; at most {@code limit} (0: all). */
    public static List<Document> dev(Path evalRoot, int limit) {
        Path dev = evalRoot.resolve("polnear/data/dev");
        List<Document> documents = new ArrayList<>();
        try (Stream<Path> files = Files.list(dev.resolve("text"))) {
            for (Path text : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                if (limit > 0 && documents.size() >= limit)
                    break;
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path ann = annotation(dev.resolve("attributions"), name);
                if (ann == null)
                    continue;
                String body = Files.readString(text);
                documents.add(new Document(name, body, LocalDate.parse(name.split("_")[1]), gold(ann, body)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static Path annotation(Path folder, String name) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(
                    java.util.regex.Pattern.quote(name) + "_[0-9a-f]+\\.ann")).sorted().findFirst().orElse(null);
        }
    }

    static List<Span> gold(Path ann, String text) throws IOException {
        Map<String, List<int[]>> spans = new HashMap<>();
        List<Span> gold = new ArrayList<>();
        List<String[]> events = new ArrayList<>();
        for (String line : Files.readAllLines(ann)) {
            String[] cols = line.split("\t");
            if (cols[0].startsWith("T") && cols.length >= 2) {
                List<int[]> fragments = new ArrayList<>();
                for (String f : cols[1].substring(cols[1].indexOf(' ') + 1).split(";")) {
                    String[] be = f.trim().split(" ");
                    fragments.add(new int[] {Integer.parseInt(be[0]), Integer.parseInt(be[1])});
                }
                spans.put(cols[0], fragments);
            } else if (cols[0].startsWith("E") && cols.length >= 2) {
                events.add(cols[1].trim().split("\\s+"));
            }
        }
        for (String[] event : events) {
            List<int[]> content = List.of(), source = List.of(), cue = List.of();
            for (String role : event) {
                String[] kv = role.split(":");
                if (kv.length == 2 && kv[0].equals("Content"))
                    content = spans.getOrDefault(kv[1], List.of());
                else if (kv.length == 2 && kv[0].equals("Source"))
                    source = spans.getOrDefault(kv[1], List.of());
                else if (kv.length == 2 && kv[0].equals("Cue"))
                    cue = spans.getOrDefault(kv[1], List.of());
            }
            if (!content.isEmpty())
                gold.add(new Span(content, source, text(text, content), text(text, source), text(text, cue)));
        }
        return gold;
    }

    private static String text(String text, List<int[]> fragments) {
        StringBuilder s = new StringBuilder();
        for (int[] f : fragments)
            s.append(s.length() == 0 ? "" : " ").append(text, f[0], Math.min(f[1], text.length()));
        return s.toString();
    }
}
