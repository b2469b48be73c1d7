package org.diplograph.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.facts.StatementFact;

/** Statement attribution (issue 4) on PolNeAR dev: the standard extractor's statements against the gold. */
public final class PolnearEvaluation implements Evaluation {
    private final Extractor extractor;

    public PolnearEvaluation() {
        this(null);
    }

    /** With a given extractor (tests share theirs); null: the standard one, built on first run. */
    public PolnearEvaluation(Extractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public String name() {
        return "polnear";
    }

    @Override
    public String description() {
        return "who said what: statement attribution P/R/F1, all and direct quotes, on PolNeAR dev (84 articles)";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Extractor x = extractor != null ? extractor : Evaluations.extractor();
        List<PolnearCorpus.Document> documents = PolnearCorpus.dev(evalRoot, limit);
        AttributionScorer scorer = new AttributionScorer();
        long start = System.nanoTime();
        int statements = 0, unattributed = 0;
        for (PolnearCorpus.Document d : documents) {
            ArticleFacts facts = x.extract(article(d));
            List<AttributionScorer.Predicted> predicted = new ArrayList<>();
            for (StatementFact s : facts.statements()) {
                predicted.add(predicted(s));
                statements++;
                if (s.speaker() == null || s.speaker().mention() == null)
                    unattributed++;
            }
            scorer.add(d.gold(), predicted);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("polnear: %d articles, %d statements (%d without a speaker, not scored), %.1f s%n",
                documents.size(), statements, unattributed, seconds);
        return report(name(), documents.size(), scorer, out);
    }

    static EvaluationReport report(String name, int documents, AttributionScorer scorer, PrintWriter out) {
        out.printf("  all attributions  %s%n", scorer.all().format());
        out.printf("  direct quotes     %s%n", scorer.direct().format());
        out.printf("  direct quotes: speaker accuracy %.3f over %d gold quotes found%n",
                scorer.directSpeakerAccuracy(), scorer.directFound());
        out.flush();
        Map<String, Double> figures = new LinkedHashMap<>(scorer.all().figures(""));
        figures.putAll(scorer.direct().figures("direct."));
        figures.put("direct.speakerAccuracy", scorer.directSpeakerAccuracy());
        figures.put("documents", (double) documents);
        return new EvaluationReport(name, figures);
    }

    static Article article(PolnearCorpus.Document d) {
        String title = d.text().lines().findFirst().orElse("");
        return new Article(d.name(), d.name() + ".txt", "", null, title, null, d.date(), null, null, null,
                d.text(), 0);
    }

    private static AttributionScorer.Predicted predicted(StatementFact s) {
        List<int[]> content = List.of(new int[] {s.provenance().evidence().begin(), s.provenance().evidence().end()});
        if (s.speaker() == null || s.speaker().mention() == null)
            return new AttributionScorer.Predicted(content, null, null, false, s.direct());
        int[] mention = {s.speaker().mention().begin(), s.speaker().mention().end()};
        boolean named = s.speaker().personKey() != null || s.speaker().organizationKey() != null;
        return new AttributionScorer.Predicted(content, mention, s.speaker().name(), named, s.direct());
    }
}
