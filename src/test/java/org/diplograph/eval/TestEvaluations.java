package org.diplograph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.diplograph.TestFixtures;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Regression floors for the evaluations of issue 3, on the first documents of each dev set so that a test run
 * stays under a minute each (docs/EVALUATION.md has the full-set figures and how to rerun them). A change that
 * pushes a figure below its floor is a regression.
 */
class TestEvaluations {
    private static Path evalRoot() {
        Path conll = TestFixtures.sharedEval("conll2003").orElse(null);
        Assumptions.assumeTrue(conll != null, "../shared/eval is not on this machine");
        return conll.getParent();
    }

    private static EvaluationReport run(String name, int limit) {
        StringWriter out = new StringWriter();
        EvaluationReport report = Evaluations.byName(name).orElseThrow().run(evalRoot(), limit, new PrintWriter(out));
        System.out.println(out);
        return report;
    }

    @Test
    void conllNerOnTheFirstFiftyDocuments() {
        EvaluationReport r = run("conll-ner", 50);
        assertTrue(r.figure("f1") >= FLOOR_CONLL_F1, "PER+LOC+ORG F1 " + r.figure("f1"));
        assertTrue(r.figure("PER.f1") >= FLOOR_CONLL_PER_F1, "PER F1 " + r.figure("PER.f1"));
    }

    @Test
    void timexOnTheFirstThirtyDocumentsOfEachCorpus() {
        Assumptions.assumeTrue(TestFixtures.sharedEval("tempeval3").isPresent());
        EvaluationReport r = run("timex", 30);
        assertTrue(r.figure("value.f1") >= FLOOR_TIMEX_F1, "value F1 " + r.figure("value.f1"));
    }

    // Slightly below what the subsets gave (0.937, 0.968, 0.756; docs/EVALUATION.md).
    static final double FLOOR_CONLL_F1 = 0.925;
    static final double FLOOR_CONLL_PER_F1 = 0.955;
    static final double FLOOR_TIMEX_F1 = 0.740;
}
