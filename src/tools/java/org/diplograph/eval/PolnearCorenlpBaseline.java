package org.diplograph.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;

/**
 * The baseline for issue 4: CoreNLP's own quote annotator with quote attribution (which needs depparse and
 * coref), scored on PolNeAR dev exactly as {@link PolnearEvaluation} scores diplograph. It finds direct quotes
 * only. Heavy (about 25 s to load, several seconds an article): it runs only here, never in extraction.
 */
public final class PolnearCorenlpBaseline implements Evaluation {
    @Override
    public String name() {
        return "polnear-corenlp-baseline";
    }

    @Override
    public String description() {
        return "CoreNLP quote + quote attribution (with coref) on PolNeAR dev, scored as 'polnear' (slow)";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("coref.algorithm", "statistical");
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        List<PolnearCorpus.Document> documents = PolnearCorpus.dev(evalRoot, limit);
        AttributionScorer scorer = new AttributionScorer();
        long start = System.nanoTime();
        int quotes = 0;
        for (PolnearCorpus.Document d : documents) {
            CoreDocument doc = new CoreDocument(d.text());
            doc.annotation().set(CoreAnnotations.DocDateAnnotation.class, d.date().toString());
            pipeline.annotate(doc);
            List<AttributionScorer.Predicted> predicted = new ArrayList<>();
            for (CoreQuote q : doc.quotes()) {
                Pair<Integer, Integer> at = q.quoteCharOffsets();
                List<int[]> content = List.of(new int[] {at.first(), at.second()});
                int[] speaker = q.speakerCharOffsets().map(p -> new int[] {p.first(), p.second()}).orElse(null);
                String name = q.canonicalSpeaker().or(q::speaker).orElse(null);
                predicted.add(new AttributionScorer.Predicted(content, speaker, name,
                        q.canonicalSpeaker().isPresent(), true));
                quotes++;
            }
            scorer.add(d.gold(), predicted);
        }
        out.printf("polnear-corenlp-baseline: %d articles, %d quotes, %.1f s%n", documents.size(), quotes,
                (System.nanoTime() - start) / 1e9);
        return PolnearEvaluation.report(name(), documents.size(), scorer, out);
    }
}
