package org.diplograph.extract.nlp;

import java.util.Set;

import org.diplograph.extract.ExtractionContext;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Layer;
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
    public Set<Layer> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer> produces() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public void process(ExtractionContext context) {
        context.setDocument(engine.annotate(context.article().text(), context.article().published()));
    }
}
