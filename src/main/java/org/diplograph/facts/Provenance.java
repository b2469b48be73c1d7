package org.diplograph.facts;

/**
 * How a fact was found: the extraction step that produced it, the text that supports it, and how sure the step
 * is. Every extracted fact carries one, so that any triple can be traced to a span of an article.
 *
 * @param step       name of the extraction stage and rule, e.g. {@code "country-gazetteer/demonym"}
 * @param evidence   the supporting span
 * @param confidence in {@code [0, 1]}
 */
public record Provenance(String step, Span evidence, double confidence) {
    public Provenance {
        if (confidence < 0 || confidence > 1)
            throw new IllegalArgumentException("confidence out of [0,1]: " + confidence);
    }
}
