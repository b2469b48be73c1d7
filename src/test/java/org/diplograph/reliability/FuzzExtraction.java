package org.diplograph.reliability;

import java.time.LocalDate;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ValidationReport;
import org.diplograph.TestFixtures;
import org.diplograph.extract.ExtractionException;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.CountryGraph;
import org.diplograph.rdf.ExtractionRun;
import org.diplograph.rdf.ProjectResources;
import org.diplograph.rdf.ShapeValidation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the extraction entry point, {@code Extractor.extract}, and the RDF built from its facts: any text (and
 * any publication date, or none) gives facts whose spans index the text and whose graph satisfies the SHACL
 * shapes, or an {@link ExtractionException} (the declared error: not English, interrupted); nothing else, and no
 * article takes longer than {@value #MAX_SECONDS} s. Runs in the fuzz JVM of {@code mvn verify} (fast CoreNLP
 * profile) over the stored inputs in {@code src/test/resources/org/diplograph/reliability/FuzzExtractionInputs/};
 * {@code JAZZER_FUZZ=1} fuzzes (see docs/RELIABILITY.md).
 */
class FuzzExtraction {
    static final int MAX_SECONDS = 30;
    private static final ArticleGraphBuilder GRAPHS = new ArticleGraphBuilder(ExtractionRun.start(Extractor.VERSION));
    /** The graphs every store holds beside the articles', which article graphs point into (countries). */
    private static final Model REFERENCE = CountryGraph.of(CountryTable.standard()).union(ProjectResources.ontology());

    @FuzzTest(maxDuration = "60s")
    void extractionGivesValidFactsOrItsDeclaredError(FuzzedDataProvider data) {
        LocalDate published = data.consumeBoolean()
                ? LocalDate.of(data.consumeInt(1, 9999), data.consumeInt(1, 12), data.consumeInt(1, 28)) : null;
        int offset = data.consumeInt(0, 1000);
        String text = data.consumeRemainingAsString();
        if (text.isBlank())
            return; // readers never make an article without text
        Article article = new Article("fuzz", "fuzz", "", null, "", null, published, null, null, null, text, offset);
        long start = System.nanoTime();
        ArticleFacts facts;
        try {
            facts = TestFixtures.extractor().extract(article);
        } catch (ExtractionException e) {
            return;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (seconds > MAX_SECONDS)
            throw new AssertionError("extraction of " + text.length() + " characters took " + seconds + " s");
        FactInvariants.check(facts);
        Model graph = GRAPHS.build(facts);
        ValidationReport report = ShapeValidation.validate(graph.union(REFERENCE).getGraph());
        if (!report.conforms())
            throw new AssertionError("the graph of a fuzzed article violates the shapes: " + report.getEntries());
    }
}
