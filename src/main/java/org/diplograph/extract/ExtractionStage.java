package org.diplograph.extract;

import java.util.Set;

/**
 * One step of extraction. Like a CoreNLP annotator, a stage works in place on the shared
 * {@link ExtractionContext}: it reads what earlier stages added and adds facts of its own. It declares what it
 * reads ({@link #requires}) and what it adds ({@link #produces}); {@link Extractor} checks the order against
 * these when it is built.
 */
public interface ExtractionStage {
    /** Short stable name, used as the {@code extractionStep} prefix in provenance. */
    String name();

    /** The layers this stage reads: each must be produced by a stage before it. */
    Set<Layer> requires();

    /** The layers this stage adds (or completes) for later stages. */
    Set<Layer> produces();

    void process(ExtractionContext context);
}
