package org.diplograph.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.diplograph.pipeline.IngestJob;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.pipeline.IngestSummary;
import org.diplograph.pipeline.ProgressListener;
import org.diplograph.store.GraphStore;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/**
 * The whole ingest path (read → extract → store into a fresh TDB2 store) on a corpus, timed, with the time split
 * per extraction stage, beside a plain CoreNLP ner pipeline on the same articles as the baseline.
 */
public final class IngestBenchmark {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");
    /**
     * Articles run through each pipeline before its timing starts: enough for every lazily loaded model (the
     * dependency parser of the statement stage loads on the first sentence it is asked about) and for the JIT.
     */
    private static final int WARM_UP_ARTICLES = 10;

    private final List<String> paths;
    private final int limit;
    private final int threads;
    private final PrintWriter out;
    private final boolean parseSpeech;

    public IngestBenchmark(List<String> paths, int limit, int threads, PrintWriter out) {
        this(paths, limit, threads, out, false);
    }

    /** With {@code parseSpeech}, the extractor that also dependency-parses speech ({@code bench --parse-speech}). */
    public IngestBenchmark(List<String> paths, int limit, int threads, PrintWriter out, boolean parseSpeech) {
        this.parseSpeech = parseSpeech;
        this.paths = paths;
        this.limit = limit;
        this.threads = threads;
        this.out = out;
    }

    public void run(boolean baseline) {
        List<Article> articles = read();
        long tokens = articles.stream().mapToLong(a -> tokens(a.text())).sum();
        out.printf("corpus: %d articles, %d tokens (word/punctuation count), from %s%n", articles.size(), tokens, paths);
        out.printf("each pipeline is loaded and warmed up on %d articles before it is timed%n",
                Math.min(WARM_UP_ARTICLES, articles.size()));
        Extractor extractor = Extractor.standard(org.diplograph.knowledge.OfficeHolders::bundled, parseSpeech);
        warmUp(extractor, articles);
        extractor.times().reset();
        Path dir = tempDir();
        long start = System.nanoTime();
        IngestSummary summary;
        try (GraphStore store = GraphStore.embedded(dir)) {
            IngestOptions options = IngestOptions.defaults().withThreads(threads);
            summary = new IngestJob(extractor, store, options, ProgressListener.NONE).run(paths.size() == 1
                    && limit == 0 ? paths : List.of(writeCorpus(articles).toString()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("ingest (%d threads): %d stored, %d failed in %.1f s: %.2f articles/s, %.0f tokens/s, %d triples%n",
                threads, summary.stored(), summary.failed(), seconds, summary.stored() / seconds, tokens / seconds,
                summary.triplesWritten());
        out.println("time per stage (summed over threads):");
        for (Map.Entry<String, Double> e : extractor.times().seconds(extractor.stages()).entrySet())
            out.printf("  %-20s %7.1f s  %5.1f ms/article%n", e.getKey(), e.getValue(),
                    1000 * e.getValue() / Math.max(1, articles.size()));
        if (baseline)
            baseline(articles, tokens, summary.stored() / seconds);
        out.printf("peak heap %s, peak RSS %s%n", ResourceUsage.mb(ResourceUsage.peakHeapBytes()),
                ResourceUsage.mb(ResourceUsage.peakRssBytes()));
        out.flush();
    }

    /** Plain CoreNLP tokenize,ssplit,pos,lemma,ner (its defaults), one thread, same articles. */
    private void baseline(List<Article> articles, long tokens, double oursPerSecond) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        StanfordCoreNLP plain = new StanfordCoreNLP(props);
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, articles.size()); i++)
            plain.annotate(new CoreDocument(articles.get(i).text()));
        long start = System.nanoTime();
        for (Article a : articles)
            plain.annotate(new CoreDocument(a.text()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = articles.size() / seconds;
        out.printf("baseline CoreNLP tokenize,ssplit,pos,lemma,ner (1 thread): %.1f s: %.2f articles/s, %.0f tokens/s%n",
                seconds, perSecond, tokens / seconds);
        out.printf("ratio diplograph ingest / CoreNLP baseline: %.2f%n", oursPerSecond / perSecond);
    }

    private void warmUp(Extractor extractor, List<Article> articles) {
        for (int i = 0; i < Math.min(WARM_UP_ARTICLES, articles.size()); i++)
            extractor.extract(articles.get(i));
    }

    private List<Article> read() {
        List<Article> articles = new ArrayList<>();
        new ArticleSources().read(paths, new ArticleSink() {
            @Override
            public void article(Article article) {
                if (limit == 0 || articles.size() < limit)
                    articles.add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                out.println("skipped: " + problem);
            }
        });
        return articles;
    }

    /** The selected articles as one JSON Lines file, so the timed ingest reads exactly them. */
    private static Path writeCorpus(List<Article> articles) {
        try {
            Path file = Files.createTempFile("diplograph-bench", ".jsonl");
            var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            List<String> lines = new ArrayList<>();
            for (Article a : articles) {
                var node = mapper.createObjectNode();
                node.put("text", a.text());
                node.put("title", a.title());
                node.put("published", a.published() == null ? null : a.published().toString());
                lines.add(mapper.writeValueAsString(node));
            }
            Files.write(file, lines);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("diplograph-bench-store");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long tokens(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find())
            n++;
        return n;
    }
}
