package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.VOID;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.serve.ServeFixtures;
import org.diplograph.store.GraphStore;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

/** Export of one article, of the articles naming a country, and the VoID/DCAT description of a dump. */
class TestExportSelection {
    static final String TALKS = DG.ID + "article/fixture-talks";
    static final String BORDER = DG.ID + "article/fixture-border";

    static String export(GraphExport.Format format, GraphExport.Selection selection, boolean describe) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GraphStore store = GraphStore.embedded(ServeFixtures.fixtureStore())) {
            GraphExport.write(store, format, out, selection,
                    describe ? GraphExport.describe(format, selection, null) : null);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static Dataset trig(GraphExport.Selection selection, boolean describe) {
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(export(GraphExport.Format.TRIG, selection, describe), Lang.TRIG).parse(ds);
        return ds;
    }

    static Set<String> graphNames(Dataset ds) {
        Set<String> names = new HashSet<>();
        ds.listModelNames().forEachRemaining(r -> names.add(r.getURI()));
        return names;
    }

    @Test
    void oneArticle() {
        Dataset ds = trig(GraphExport.Selection.article(TALKS), false);
        assertEquals(Set.of(TALKS), graphNames(ds));
        assertTrue(ds.getNamedModel(TALKS).containsResource(ds.getNamedModel(TALKS).createResource(DG.ID + "meeting/fixture-dar-rubio")));
    }

    @Test
    void articlesNamingACountryWithTheCountryItself() {
        Dataset pk = trig(GraphExport.Selection.country("pk"), false);
        assertEquals(Set.of(TALKS, DG.countriesGraph.getURI()), graphNames(pk), "the border article has no mentions");
        Model countries = pk.getNamedModel(DG.countriesGraph.getURI());
        assertEquals(Set.of(DG.ID + "country/PK"), subjects(countries), "only Pakistan's own description");

        Dataset none = trig(GraphExport.Selection.country("IN"), false);
        assertEquals(Set.of(DG.countriesGraph.getURI()), graphNames(none));
    }

    static Set<String> subjects(Model m) {
        Set<String> s = new HashSet<>();
        m.listSubjects().forEachRemaining(r -> s.add(r.isURIResource() ? r.getURI() : "_:"));
        return s;
    }

    @Test
    void theDescriptionCountsWhatTheDumpHolds() {
        Dataset ds = trig(GraphExport.Selection.ALL, true);
        Model description = ds.getNamedModel(DatasetDescription.GRAPH);
        Resource dataset = description.getResource(DatasetDescription.DATASET);
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.RDF.type, VOID.Dataset));
        assertTrue(dataset.hasProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset));
        assertEquals(DatasetDescription.DEFAULT_LICENSE, dataset.getPropertyResourceValue(DCTerms.license).getURI());
        Instant created = Instant.parse(dataset.getProperty(DCTerms.created).getString());
        assertTrue(created.isAfter(Instant.now().minusSeconds(600)));

        Dataset data = DatasetFactory.create();
        graphNames(ds).stream().filter(n -> !n.equals(DatasetDescription.GRAPH))
                .forEach(n -> data.addNamedModel(n, ds.getNamedModel(n)));
        Set<Object> triples = new HashSet<>();
        data.asDatasetGraph().find().forEachRemaining(q -> triples.add(q.asTriple()));
        assertEquals(triples.size(), dataset.getProperty(VOID.triples).getLong());

        assertEquals(1, entities(dataset, DG.NS + "Meeting"));
        assertEquals(3, entities(dataset, DG.NS + "CountryRelation"));
        assertEquals(2, entities(dataset, "http://schema.org/NewsArticle"));
        Set<String> vocabularies = new HashSet<>();
        dataset.listProperties(VOID.vocabulary).forEachRemaining(s -> vocabularies.add(s.getResource().getURI()));
        assertTrue(vocabularies.containsAll(List.of(DG.NS, "http://schema.org/", "http://www.w3.org/ns/org#",
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")), vocabularies.toString());
        Resource distribution = dataset.getPropertyResourceValue(DCAT.distribution);
        assertEquals("application/trig", distribution.getProperty(DCAT.mediaType).getString());
        Resource period = dataset.getPropertyResourceValue(DCTerms.temporal);
        assertEquals("2025-03-11", period.getProperty(DCAT.startDate).getString());
        assertEquals("2025-05-08", period.getProperty(DCAT.endDate).getString());
    }

    static long entities(Resource dataset, String cls) {
        Node c = NodeFactory.createURI(cls);
        return dataset.listProperties(VOID.classPartition).toList().stream()
                .map(s -> s.getResource())
                .filter(p -> p.getPropertyResourceValue(VOID._class).asNode().equals(c))
                .mapToLong(p -> p.getProperty(VOID.entities).getLong()).findFirst().orElse(0);
    }

    @Test
    void aDescribedTurtleDumpIsReadByAnIndependentParser() throws Exception {
        String turtle = export(GraphExport.Format.TURTLE, GraphExport.Selection.country("US"), true);
        var model = Rio.parse(new StringReader(turtle), "", RDFFormat.TURTLE);
        var vf = org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance();
        assertTrue(model.contains(vf.createIRI(DatasetDescription.DATASET), vf.createIRI(DCTerms.subject.getURI()),
                vf.createIRI(DG.ID + "country/US")));
        assertFalse(turtle.contains(BORDER));
    }
}
