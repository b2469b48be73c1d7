package org.diplograph.eval;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A rerunnable measurement of extraction quality on public data ({@code ../shared/eval/}): it prints what it
 * compares and returns its figures. {@code diplograph eval NAME} runs one; regression tests assert floors.
 */
public interface Evaluation {
    /** Short name used on the command line, e.g. {@code conll-ner}. */
    String name();

    /** One line: what is measured, on which data. */
    String description();

    /**
     * Runs on the evaluation data under {@code evalRoot} (the folder holding conll2003/, polnear/, …), printing
     * details to {@code out}; {@code limit} caps the documents read (0 = all).
     */
    EvaluationReport run(Path evalRoot, int limit, PrintWriter out);
}
