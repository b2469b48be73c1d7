package org.diplograph.extract;

/** Runs CoreNLP over the article text, with the article's date as the document date for SUTime. */
public final class AnnotationStage implements ExtractionStage {
    private final NlpEngine engine;

    public AnnotationStage(NlpEngine engine) {
        this.engine = engine;
    }

    @Override
    public String name() {
        return "corenlp";
    }

    @Override
    public void process(ExtractionContext context) {
        context.setDocument(engine.annotate(context.article().text(), context.article().published()));
    }
}
