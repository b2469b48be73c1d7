package org.diplograph.extract;

/**
 * One step of extraction. Like a CoreNLP annotator, a stage works in place on the shared
 * {@link ExtractionContext}: it reads what earlier stages added and adds facts of its own.
 */
public interface ExtractionStage {
    /** Short stable name, used as the {@code extractionStep} prefix in provenance. */
    String name();

    void process(ExtractionContext context);
}
