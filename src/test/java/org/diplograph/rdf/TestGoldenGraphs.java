package org.diplograph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.util.FmtUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden graphs: the facts of {@link GoldenArticles} and the TriG the mapping must make of them
 * ({@code src/test/resources/golden/NAME.trig}), compared as isomorphic graphs, so that every change of the mapping
 * shows as a failing test and, once accepted, as a diff of those files. The run is fixed (IRI, start time, version),
 * so the files hold no clock. To accept a change: {@code mvn test -Dtest=TestGoldenGraphs -Dgolden.update=true},
 * then read the diff of {@code src/test/resources/golden/}.
 */
class TestGoldenGraphs {
    static final ExtractionRun RUN = new ExtractionRun(Iris.run("golden"), Instant.parse("2026-01-02T03:04:05Z"), "golden");
    private static final Path DIR = Path.of("src", "test", "resources", "golden");

    static Stream<GoldenArticles.Golden> goldens() {
        return GoldenArticles.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void mappingMakesTheExpectedGraph(GoldenArticles.Golden golden) throws IOException {
        Dataset actual = DatasetFactory.create();
        actual.addNamedModel(ArticleGraphBuilder.articleIri(golden.facts()), new ArticleGraphBuilder(RUN).build(golden.facts()));
        actual.getDefaultModel().setNsPrefixes(Prefixes.standard());
        Path file = DIR.resolve(golden.name() + ".trig");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            try (OutputStream out = Files.newOutputStream(file)) {
                RDFDataMgr.write(out, actual, RDFFormat.TRIG_PRETTY);
            }
        }
        assertTrue(Files.exists(file), file + " is missing; write it with -Dgolden.update=true and read it");
        Dataset expected = RDFDataMgr.loadDataset(file.toString(), Lang.TRIG);

        assertEquals(names(expected), names(actual), golden.name() + ": graph names");
        assertTrue(expected.getDefaultModel().isEmpty() && actual.getDefaultModel().isEmpty(), "no default graph");
        for (String name : names(expected)) {
            Model e = expected.getNamedModel(name), a = actual.getNamedModel(name);
            if (!e.isIsomorphicWith(a))
                fail(golden.name() + ": the graph <" + name + "> differs from " + file + "\n"
                        + difference(e, a) + "\n--- expected:\n" + trig(expected) + "\n--- actual:\n" + trig(actual));
        }
    }

    private static Set<String> names(Dataset d) {
        Set<String> out = new TreeSet<>();
        d.listNames().forEachRemaining(out::add);
        return out;
    }

    /** The triples only one side has, one per line (the graphs have no blank nodes, so this is exact). */
    private static String difference(Model expected, Model actual) {
        Set<String> e = lines(expected), a = lines(actual);
        StringBuilder sb = new StringBuilder();
        e.stream().filter(t -> !a.contains(t)).forEach(t -> sb.append("- ").append(t).append('\n'));
        a.stream().filter(t -> !e.contains(t)).forEach(t -> sb.append("+ ").append(t).append('\n'));
        return sb.toString();
    }

    private static Set<String> lines(Model m) {
        Set<String> out = new TreeSet<>();
        for (Iterator<org.apache.jena.graph.Triple> it = m.getGraph().find(); it.hasNext(); )
            out.add(FmtUtils.stringForTriple(it.next(), m));
        return out;
    }

    private static String trig(Dataset d) {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, d, RDFFormat.TRIG_PRETTY);
        return out.toString();
    }

    /** The goldens cover every kind of fact; a new kind needs a golden of its own. */
    @org.junit.jupiter.api.Test
    void everyKindOfFactIsCovered() {
        List<org.diplograph.facts.ArticleFacts> all = GoldenArticles.all().stream().map(GoldenArticles.Golden::facts).toList();
        assertTrue(all.stream().anyMatch(f -> !f.countries().isEmpty()), "countries");
        assertTrue(all.stream().anyMatch(f -> f.people().stream().anyMatch(p -> !p.posts().isEmpty())), "posts");
        assertTrue(all.stream().anyMatch(f -> !f.organizations().isEmpty()), "organizations");
        assertTrue(all.stream().anyMatch(f -> !f.places().isEmpty()), "places");
        assertTrue(all.stream().anyMatch(f -> !f.times().isEmpty()), "times");
        assertTrue(all.stream().anyMatch(f -> !f.meetings().isEmpty()), "meetings");
        assertTrue(all.stream().anyMatch(f -> !f.statements().isEmpty()), "statements");
        assertTrue(all.stream().anyMatch(f -> !f.relations().isEmpty()), "relations");
        assertEquals(org.diplograph.facts.ArticleFacts.class.getRecordComponents().length, 10,
                "ArticleFacts has a new kind of fact: give it a golden graph");
    }
}
