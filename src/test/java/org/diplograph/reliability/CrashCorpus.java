package org.diplograph.reliability;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import org.diplograph.TestFixtures;
import org.diplograph.facts.Identities;

/**
 * A folder of {@code n} one-article text files for the crash tests: real BBC news (politics, then business, world
 * and tech) when the shared evaluation corpus is present, else synthetic diplomatic news made from templates.
 * Only valid UTF-8, no two with the same content hash, so every file is one article and one graph.
 */
final class CrashCorpus {
    private CrashCorpus() {
    }

    /**
     * Writes the corpus into {@code dir}; returns where the articles came from, for messages. With
     * {@code shortenTo > 0}, each BBC article keeps only its first paragraphs, up to about that many characters:
     * the crash test is about the store, and shorter articles let more runs and kills fit in CI's time.
     */
    static String write(Path dir, int n, int shortenTo) throws IOException {
        Files.createDirectories(dir);
        Optional<Path> bbc = TestFixtures.sharedEval("news/bbc-fulltext");
        int written = bbc.isPresent() ? copyBbc(bbc.get(), dir, n, shortenTo) : 0;
        if (written < n)
            synthesize(dir, written, n);
        return bbc.isPresent() && written >= n ? "BBC news (" + bbc.get() + ")"
                : written + " BBC articles and " + (n - written) + " synthetic ones";
    }

    private static int copyBbc(Path bbc, Path dir, int n, int shortenTo) throws IOException {
        Set<String> hashes = new HashSet<>();
        int written = 0;
        for (String topic : List.of("politics", "business", "tech", "entertainment")) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(bbc.resolve(topic))) {
                files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                if (written >= n)
                    return written;
                Optional<String> text = utf8(Files.readAllBytes(file)).map(t -> shorten(t, shortenTo));
                if (text.isEmpty() || text.get().isBlank() || !hashes.add(Identities.contentHash(text.get())))
                    continue;
                Files.writeString(dir.resolve(String.format("%04d-%s-%s", written, topic, file.getFileName())),
                        text.get());
                written++;
            }
        }
        return written;
    }

    /** The paragraphs (blank-line separated) that start within the first {@code chars} characters. */
    private static String shorten(String text, int chars) {
        if (chars <= 0 || text.length() <= chars)
            return text;
        int cut = text.indexOf("\n\n", chars);
        return cut < 0 ? text : text.substring(0, cut + 1);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static final String[][] LEADERS = {{"Pakistan", "Prime Minister Shehbaz Sharif", "Islamabad"},
            {"Russia", "Foreign Minister Sergei Lavrov", "Moscow"}, {"China", "Foreign Minister Wang Yi", "Beijing"},
            {"India", "External Affairs Minister S. Jaishankar", "New Delhi"},
            {"the United States", "Secretary of State Marco Rubio", "Washington"},
            {"France", "President Emmanuel Macron", "Paris"}, {"Turkey", "President Recep Tayyip Erdogan", "Ankara"},
            {"Saudi Arabia", "Crown Prince Mohammed bin Salman", "Riyadh"}, {"Japan", "Prime Minister Shigeru Ishiba", "Tokyo"},
            {"Brazil", "President Luiz Inacio Lula da Silva", "Brasilia"}};
    private static final String[] TOPICS = {"trade", "energy cooperation", "regional security", "climate finance",
            "a ceasefire", "visa rules", "grain exports", "a border dispute"};

    /** Templated news: who met whom where, who said what, with dates, numbered from {@code from}. */
    private static void synthesize(Path dir, int from, int n) throws IOException {
        Random random = new Random(42);
        for (int i = from; i < n; i++) {
            String[] a = LEADERS[random.nextInt(LEADERS.length)];
            String[] b = LEADERS[random.nextInt(LEADERS.length)];
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            int day = 1 + random.nextInt(28);
            StringBuilder text = new StringBuilder();
            text.append(a[1]).append(" meets counterpart from ").append(b[0]).append(" on ").append(topic)
                    .append(" (").append(i).append(")\n\n");
            text.append(a[2].toUpperCase()).append(": ").append(a[1]).append(" of ").append(a[0]).append(" met ")
                    .append(b[1]).append(" of ").append(b[0]).append(" in ").append(a[2]).append(" on March ")
                    .append(day).append(", 2025, to discuss ").append(topic).append(".\n\n");
            for (int k = 0; k < 3 + random.nextInt(5); k++) {
                String[] c = LEADERS[random.nextInt(LEADERS.length)];
                text.append('"').append("We will work with ").append(c[0]).append(" on ").append(TOPICS[random.nextInt(TOPICS.length)])
                        .append(",\" ").append(c[1]).append(" said on Tuesday, adding that talks in ").append(c[2])
                        .append(" would continue next week.\n\n");
            }
            text.append("Officials from ").append(a[0]).append(" and ").append(b[0])
                    .append(" said a joint statement was expected after the visit, article ").append(i).append(".\n");
            Files.writeString(dir.resolve(String.format("%04d-synthetic.txt", i)), text);
        }
    }
}
