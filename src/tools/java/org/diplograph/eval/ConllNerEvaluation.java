package org.diplograph.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.diplograph.extract.NameMention;
import org.diplograph.extract.entities.NamedEntities;
import org.diplograph.extract.nlp.NlpEngine;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Person / location / organization names on CoNLL-2003 English dev ({@code conll2003/eng.testa}), scored with
 * the CoNLL exact-span rule over PER, LOC and ORG (MISC ignored). Our names come from {@link NamedEntities},
 * the same list the entity stages build on; nationalities are MISC in CoNLL and are not names here either.
 */
public final class ConllNerEvaluation implements Evaluation {
    private static final List<String> TYPES = List.of("PER", "LOC", "ORG");

    @Override
    public String name() {
        return "conll-ner";
    }

    @Override
    public String description() {
        return "PER/LOC/ORG exact-span P/R/F1 on CoNLL-2003 eng.testa (text rebuilt from the tokens)";
    }

    @Override
    public EvaluationReport run(Path evalRoot, int limit, PrintWriter out) {
        List<ConllCorpus.Document> docs = ConllCorpus.read(evalRoot.resolve("conll2003/eng.testa"), limit);
        Map<String, long[]> counts = new LinkedHashMap<>();
        TYPES.forEach(t -> counts.put(t, new long[3]));
        for (ConllCorpus.Document doc : docs) {
            CoreDocument annotated = NlpEngine.shared().annotate(doc.text(), null);
            Set<ConllCorpus.Entity> predicted = new HashSet<>();
            int unaligned = 0;
            for (NameMention m : NamedEntities.of(annotated)) {
                int first = doc.tokenStartingAt(m.begin()), last = doc.tokenEndingAt(m.end());
                String type = conllType(m.kind());
                if (first < 0 || last < 0)
                    counts.get(type)[1]++;
                else
                    predicted.add(new ConllCorpus.Entity(type, first, last));
            }
            Set<ConllCorpus.Entity> gold = new HashSet<>(doc.gold());
            gold.removeIf(e -> !TYPES.contains(e.type()));
            for (ConllCorpus.Entity p : predicted)
                counts.get(p.type())[gold.contains(p) ? 0 : 1]++;
            for (ConllCorpus.Entity g : gold)
                if (!predicted.contains(g))
                    counts.get(g.type())[2]++;
        }
        Map<String, Double> figures = new LinkedHashMap<>();
        Scores total = new Scores(0, 0, 0);
        for (String type : TYPES) {
            long[] c = counts.get(type);
            Scores s = new Scores(c[0], c[1], c[2]);
            out.printf("%-4s %s%n", type, s.format());
            figures.putAll(s.figures(type + "."));
            total = total.plus(s);
        }
        out.printf("all  %s  (%d documents)%n", total.format(), docs.size());
        figures.putAll(total.figures(""));
        figures.put("documents", (double) docs.size());
        return new EvaluationReport(name(), figures);
    }

    static String conllType(NameMention.Kind kind) {
        switch (kind) {
            case PERSON: return "PER";
            case ORGANIZATION: return "ORG";
            default: return "LOC";
        }
    }
}
