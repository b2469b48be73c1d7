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
        String dumpFile = System.getProperty("diplograph.timex.dump");
        PrintWriter dump;
        try {
            dump = dumpFile == null ? null : new PrintWriter(Files.newBufferedWriter(Path.of(dumpFile)));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<TimeExpressions.Source, TimexScorer> all = new LinkedHashMap<>();
        for (Map.Entry<String, List<TimexDocument>> corpus : corpora.entrySet()) {
            Map<TimeExpressions.Source, TimexScorer> scorers = new LinkedHashMap<>();
            for (TimexDocument doc : corpus.getValue()) {
                var annotated = NlpEngine.shared().annotate(doc.text(), doc.creationDate());
                if (dump != null)
                    dump(dump, doc, annotated);
                for (TimeExpressions.Source source : sources()) {
                    List<TimeExpressions.Expression> system = new ArrayList<>();
                    for (TimeExpressions.Expression e : TimeExpressions.of(annotated, source))
                        if (doc.scored(e.begin(), e.end()))
                            system.add(e);
                    scorers.computeIfAbsent(source, k -> new TimexScorer()).add(doc, system);
                    if (Boolean.getBoolean("diplograph.timex.errors"))
                        TimexScorer.printErrors(source + " " + doc.name(), doc, system, out);
                }
            }
            scorers.forEach((source, scorer) -> {
                all.computeIfAbsent(source, k -> new TimexScorer()).addAll(scorer);
                String prefix = prefix(source);
                scorer.print(corpus.getKey() + " " + source + " (" + corpus.getValue().size() + " documents)", out);
                figures.putAll(scorer.figures(prefix + corpus.getKey() + "."));
            });
        }
        if (dump != null)
            dump.close();
        all.forEach((source, scorer) -> {
            scorer.print("all " + source, out);
            String prefix = prefix(source);
            figures.putAll(scorer.figures(prefix));
        });
        return new EvaluationReport(name(), figures);
    }

    /** All sources, or those named in -Ddiplograph.timex.sources (comma-separated) to measure one change quickly. */
    private static List<TimeExpressions.Source> sources() {
        String names = System.getProperty("diplograph.timex.sources");
        if (names == null)
            return List.of(TimeExpressions.Source.values());
        return java.util.Arrays.stream(names.split(",")).map(String::strip).map(TimeExpressions.Source::valueOf).toList();
    }

    /** The figures of the source extraction uses are the evaluation's own ("value.f1"); the others are prefixed ("sutime.value.f1"). */
    private static String prefix(TimeExpressions.Source source) {
        return source == TimeExpressions.EXTRACTION ? ""
                : source.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".";
    }

    /** One JSON line per document: text, date, gold, each source's expressions, tokens (for error analysis). */
    private static void dump(PrintWriter out, TimexDocument doc, edu.stanford.nlp.pipeline.CoreDocument annotated) {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var o = json.createObjectNode();
        o.put("name", doc.name());
        o.put("text", doc.text());
        o.put("dct", doc.creationDate().toString());
        o.put("scoredBegin", doc.scoredBegin());
        o.put("scoredEnd", doc.scoredEnd());
        o.put("dctBegin", doc.dctBegin());
        o.put("dctEnd", doc.dctEnd());
        var gold = o.putArray("gold");
        for (TimexDocument.Gold g : doc.gold())
            gold.addObject().put("b", g.begin()).put("e", g.end()).put("type", g.type()).put("value", g.value());
        for (TimeExpressions.Source source : new TimeExpressions.Source[] {TimeExpressions.Source.SUTIME,
                TimeExpressions.Source.HEIDELTIME}) {
            var a = o.putArray(source.name().toLowerCase(java.util.Locale.ROOT));
            for (TimeExpressions.Expression e : TimeExpressions.of(annotated, source))
                a.addObject().put("b", e.begin()).put("e", e.end()).put("type", e.type()).put("value", e.value());
        }
        var sentences = o.putArray("sentences");
        for (var s : annotated.sentences()) {
            var ts = sentences.addArray();
            for (var t : s.tokens())
                ts.addArray().add(t.beginPosition()).add(t.endPosition()).add(t.word()).add(t.tag()).add(t.lemma());
        }
        try {
            out.println(json.writeValueAsString(o));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
