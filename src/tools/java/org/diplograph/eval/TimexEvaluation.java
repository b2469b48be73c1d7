package org.diplograph.eval;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.diplograph.extract.nlp.NlpEngine;
import org.diplograph.extract.time.TimeExpressions;

/**
 * Time-expression values, TempEval-3 style: a system expression matches a gold TIMEX3 when their spans overlap
 * (one to one), and counts as correct when its normalized value equals the gold value. Value precision is
 * correct / system expressions, recall correct / gold expressions. Run on TempEval-3 TBAQ-cleaned (TimeBank +
 * AQUAINT) and on the MEANTIME English topics, each document against its own creation date.
 */
public final class TimexEvaluation implements Evaluation {
    @Override
    public String name() {
        return "timex";
    }

    @Override
    public String description() {
        return "TIMEX3 value P/R/F1 (relaxed span) on TempEval-3 TBAQ-cleaned and MEANTIME, against each document's date";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        Map<String, List<TimexDocument>> corpora = new LinkedHashMap<>();
        Path tbaq = evalRoot.resolve("tempeval3/TBAQ-cleaned");
        Path meantime = evalRoot.resolve("meantime/intra_cross-doc_annotation");
        if (Files.isDirectory(tbaq))
            corpora.put("tempeval", TimeMlCorpus.read(tbaq, limit));
        if (Files.isDirectory(meantime))
            corpora.put("meantime", MeantimeCorpus.read(meantime, limit));
        Map<String, Double> figures = new LinkedHashMap<>();
        TimexScorer all = new TimexScorer();
        for (Map.Entry<String, List<TimexDocument>> corpus : corpora.entrySet()) {
            TimexScorer scorer = new TimexScorer();
            for (TimexDocument doc : corpus.getValue()) {
                List<TimeExpressions.Expression> system = new ArrayList<>();
                for (TimeExpressions.Expression e : TimeExpressions.of(NlpEngine.shared().annotate(doc.text(),
                        doc.creationDate())))
                    if (doc.scored(e.begin(), e.end()))
                        system.add(e);
                scorer.add(doc, system);
            }
            all.addAll(scorer);
            scorer.print(corpus.getKey() + " (" + corpus.getValue().size() + " documents)", out);
            figures.putAll(scorer.figures(corpus.getKey() + "."));
        }
        all.print("all", out);
        figures.putAll(all.figures(""));
        return new EvaluationReport(name(), figures);
    }
}
