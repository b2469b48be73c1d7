package org.diplograph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Stages;
import org.diplograph.facts.Article;
import org.diplograph.facts.Identities;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the time of one extraction stage on one article, the stages before it run in the (unmeasured) set-up, so
 * each figure is that stage alone, with warm models and JIT. Articles cycle through a corpus
 * ({@code -Ddiplograph.jmh.corpus=PATH}, default the bundled articles). Run: {@code mvn -Pjmh -DskipTests verify}
 * (docs/BENCHMARKS.md). The whole path, with the store, is {@code diplograph bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgs = "-Xmx3g")
public class StageBenchmark {
    @Param({"corenlp", "country-gazetteer", "entities", "officials", "time", "statements", "meetings", "relations"})
    public String stage;

    private final List<ExtractionStage> stages = Stages.standard();
    private final List<Article> articles = new ArrayList<>();
    private ExtractionStage measured;
    private ExtractionContext context;
    private int next;

    @Setup(Level.Trial)
    public void load() {
        String corpus = System.getProperty("diplograph.jmh.corpus", "data/articles");
        new ArticleSources().read(List.of(corpus), new ArticleSink() {
            @Override
            public void article(Article article) {
                if (articles.size() < 200)
                    articles.add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
            }
        });
        measured = stages.stream().filter(s -> s.name().equals(stage)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no stage " + stage));
    }

    /** A fresh context for the next article, with every stage before the measured one already run. */
    @Setup(Level.Invocation)
    public void prepare() {
        Article article = articles.get(next++ % articles.size());
        context = new ExtractionContext(article, Identities.contentHash(article.text()));
        for (ExtractionStage s : stages) {
            if (s == measured)
                break;
            s.process(context);
        }
    }

    @Benchmark
    public ExtractionContext run() {
        measured.process(context);
        return context;
    }
}
