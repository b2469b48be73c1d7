package org.diplograph.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.rdf.model.Model;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.Identities;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.diplograph.query.StoreStatistics;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.CountryGraph;
import org.diplograph.rdf.ExtractionRun;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.ProjectResources;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read → extract → RDF → store, streaming. Articles are taken in batches: a batch's already-stored, unchanged
 * articles are skipped before any extraction (so an interrupted run resumes where it stopped), the rest are
 * extracted, and the batch's graphs are written in one transaction. A failing input or article is reported and
 * the batch goes on; nothing already stored is touched by a failure. Extraction runs on worker threads; this
 * class alone writes to the store, and it writes one batch while the workers extract the next, so that neither the
 * write nor a batch's slowest article leaves the cores idle. The extractor is built when the first article needs it
 * (CoreNLP takes seconds and gigabytes to load): a run whose articles are all unchanged, unreadable, too long or
 * not English never loads it.
 */
public final class IngestJob {
    private static final Logger LOG = LoggerFactory.getLogger(IngestJob.class);
    /** Problems listed (and logged) one by one; past this they are only counted: a million bad lines fit any heap. */
    static final int MAX_LISTED_PROBLEMS = 1000;

    private final Supplier<Extractor> extractorFactory;
    private volatile Extractor extractor;
    private final GraphStore store;
    private final IngestOptions options;
    private final ProgressListener progress;

    public IngestJob(Extractor extractor, GraphStore store, IngestOptions options, ProgressListener progress) {
        this(() -> extractor, store, options, progress);
    }

    /** With the extractor made by {@code extractorFactory} when the first article needs it (e.g. {@code Extractor::standard}). */
    public IngestJob(Supplier<Extractor> extractorFactory, GraphStore store, IngestOptions options, ProgressListener progress) {
        this.extractorFactory = Objects.requireNonNull(extractorFactory);
        this.store = Objects.requireNonNull(store);
        this.options = Objects.requireNonNull(options);
        this.progress = Objects.requireNonNull(progress);
    }

    /** The extractor, built on first use; only the writer thread builds it, before it hands articles to the workers. */
    private Extractor extractor() {
        Extractor built = extractor;
        if (built == null)
            extractor = built = Objects.requireNonNull(extractorFactory.get(), "extractor");
        return built;
    }

    public IngestSummary run(List<String> paths) {
        long start = System.nanoTime();
        store.replaceGraphs(Map.of(DG.countriesGraph.getURI(), CountryGraph.of(CountryTable.standard()),
                ProjectResources.ONTOLOGY_GRAPH, ProjectResources.ontology()));
        ArticleGraphBuilder graphs = new ArticleGraphBuilder(ExtractionRun.start(Extractor.VERSION));
        Batcher batcher;
        try (ParallelExtraction<Model> workers = new ParallelExtraction<>(options.threads(),
                options.timeoutSeconds() * 1000L, article -> graphs.build(extractor.extract(article)))) {
            batcher = new Batcher(workers, ArticleSources.estimateArticles(paths));
            new ArticleSources().read(paths, batcher);
            progress.expected(batcher.read + batcher.unreadable);
            batcher.flush();
            batcher.writeInFlight();
        }
        long inStore = StoreStatistics.tripleCount(store);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new IngestSummary(batcher.read, batcher.stored, batcher.unchanged, batcher.otherLanguage,
                batcher.failed, batcher.warned, batcher.triples, inStore, seconds, batcher.problems.lines,
                batcher.skips.lines, batcher.warnings.lines);
    }

    /** A batch handed to the workers: its graph IRIs and content hashes in the order of its articles. */
    private record InFlight(List<String> iris, Map<String, String> hashes,
            ParallelExtraction<Model>.Batch batch) {
    }

    /** Collects articles into batches and processes each batch when full. */
    private final class Batcher implements ArticleSink {
        private final ParallelExtraction<Model> workers;
        private final List<Article> pending = new ArrayList<>();
        private final Lines problems = new Lines(), skips = new Lines(), warnings = new Lines();
        /** The batch being extracted while the one before it is written; null when none. */
        private InFlight inFlight;
        private long read, unreadable, stored, unchanged, otherLanguage, failed, warned, triples;
        /** Articles (and unreadable inputs) done with: stored, unchanged, skipped or failed. */
        private long done;
        /** What the progress listener was told to expect; -1 when unknown. */
        private long expected;

        Batcher(ParallelExtraction<Model> workers, long expected) {
            this.workers = workers;
            this.expected = expected;
            progress.expected(expected);
        }

        @Override
        public void article(Article article) {
            read++;
            if (expected >= 0 && read + unreadable > expected)
                progress.expected(expected = read + unreadable);
            pending.add(article);
            if (pending.size() >= options.batchSize())
                flush();
        }

        @Override
        public void problem(ReadProblem problem) {
            failed++;
            unreadable++;
            done++;
            if (expected >= 0 && read + unreadable > expected)
                progress.expected(expected = read + unreadable);
            problems.add(problem.toString());
        }

        void flush() {
            if (pending.isEmpty())
                return;
            Map<String, Article> byIri = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            for (Article a : pending) {
                String hash = Identities.contentHash(a.text());
                String iri = Iris.article(a, hash);
                // The same article twice in one batch (copies of one text, one URL twice): one graph, the rest
                // skipped like unchanged articles, so that read = stored + unchanged + other language + failed.
                if (byIri.putIfAbsent(iri, a) == null) {
                    hashes.put(iri, hash);
                } else {
                    unchanged++;
                    done++;
                }
            }
            pending.clear();
            if (!options.force())
                dropUnchanged(byIri, hashes);
            List<String> iris = new ArrayList<>();
            List<Article> work = new ArrayList<>();
            byIri.forEach((iri, article) -> {
                Admission admission = Admission.of(article, options.maxArticleChars());
                switch (admission.decision()) {
                    case FAIL -> {
                        fail(article, admission.message());
                        done++;
                    }
                    case SKIP -> {
                        otherLanguage++;
                        done++;
                        skips.add(article.describe() + ": " + admission.message());
                    }
                    case EXTRACT_WITH_WARNING -> {
                        warned++;
                        warnings.add(article.describe() + ": " + admission.message());
                    }
                    case EXTRACT -> { }
                }
                if (admission.extracted()) {
                    iris.add(iri);
                    work.add(article);
                }
            });
            progress.progress(done, failed);
            if (!work.isEmpty())
                extractor();   // built here, by the writer, so that no refused article loads it
            Map<String, String> submitted = new LinkedHashMap<>();
            iris.forEach(iri -> submitted.put(iri, hashes.get(iri)));
            InFlight previous = inFlight;
            inFlight = new InFlight(iris, submitted, workers.submit(work));
            if (previous != null)
                write(previous);
        }

        void writeInFlight() {
            if (inFlight != null)
                write(inFlight);
            inFlight = null;
        }

        private void write(InFlight extraction) {
            Map<String, Model> batch = new LinkedHashMap<>();
            // Progress as each article of the batch is extracted; its failures are counted just below.
            List<ParallelExtraction.Outcome<Model>> outcomes = extraction.batch().outcomes(outcome -> {
                done++;
                progress.progress(done, failed);
            });
            for (int i = 0; i < outcomes.size(); i++) {
                ParallelExtraction.Outcome<Model> outcome = outcomes.get(i);
                if (outcome.error() != null)
                    fail(outcome.article(), outcome.error());
                else
                    batch.put(extraction.iris().get(i), outcome.value());
            }
            if (!batch.isEmpty()) {
                LOG.debug("writing {} graphs", batch.size());
                store.replaceGraphs(batch);
                LOG.debug("wrote {} graphs", batch.size());
                stored += batch.size();
                triples += batch.values().stream().mapToLong(Model::size).sum();
            }
            progress.progress(done, failed);
        }

        private void dropUnchanged(Map<String, Article> byIri, Map<String, String> hashes) {
            Map<String, String> storedHashes = store.storedValues(byIri.keySet(), DG.contentHash.getURI());
            Map<String, String> storedVersions = store.storedValues(byIri.keySet(), DG.extractorVersion.getURI());
            byIri.keySet().removeIf(iri -> {
                // The batch in flight is not stored yet, but counts as stored: the same text twice is done once.
                boolean same = inFlight != null && hashes.get(iri).equals(inFlight.hashes().get(iri))
                        || hashes.get(iri).equals(storedHashes.get(iri))
                        && Extractor.VERSION.equals(storedVersions.get(iri));
                if (same) {
                    unchanged++;
                    done++;
                }
                return same;
            });
        }

        private void fail(Article article, String message) {
            failed++;
            problems.add(article.describe() + ": " + message);
        }
    }

    /**
     * Lines for the user (the CLI prints them; they are logged at debug level only, so they are not printed twice),
     * kept up to {@link #MAX_LISTED_PROBLEMS}: a million bad lines fit any heap.
     */
    private static final class Lines {
        final List<String> lines = new ArrayList<>();

        void add(String line) {
            LOG.debug(line);
            if (lines.size() < MAX_LISTED_PROBLEMS)
                lines.add(line);
        }
    }
}
