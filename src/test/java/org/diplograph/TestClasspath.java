package org.diplograph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * CoreNLP, HeidelTime (on UIMA), Jena (Turtle, JSON-LD, Protobuf, Thrift, SPARQL, SHACL, TDB2), Fuseki and RDF4J share one classpath
 * only with the pins in pom.xml. This exercises each path in one JVM so that a version bump that breaks one fails
 * the build, not a user.
 */
class TestClasspath {
    private static final String TTL = "@prefix ex: <http://example.org/> . ex:a ex:p \"x\" ; ex:q ex:b .";

    private static Model sample() {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(TTL), null, Lang.TURTLE);
        return m;
    }

    @Test
    void jenaWritersAndReadersRoundTrip() {
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.JSONLD11, Lang.RDFPROTO, Lang.RDFTHRIFT, Lang.NTRIPLES}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, sample(), lang);
            Model back = ModelFactory.createDefaultModel();
            RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), lang);
            assertTrue(back.isIsomorphicWith(sample()), "round trip through " + lang);
        }
    }

    @Test
    void sparqlShaclAndTdb2(@TempDir Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(sample()));
        try (RDFConnection conn = RDFConnection.connect(ds)) {
            long n = Txn.calculateRead(ds, () -> { long[] c = {0}; conn.querySelect("SELECT * { ?s ?p ?o }", row -> c[0]++); return c[0]; });
            assertEquals(2, n);
        }
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        assertTrue(ShaclValidator.get().validate(shapes, sample().getGraph()).conforms());
        ds.close();
    }

    @Test
    void fusekiServesAQuery() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> ds.getDefaultModel().add(sample()));
        FusekiServer server = FusekiServer.create().loopback(true).port(0).add("/ds", ds).build().start();
        try (RDFConnection conn = RDFConnection.queryConnect("http://localhost:" + server.getPort() + "/ds")) {
            assertTrue(conn.queryAsk("ASK { ?s ?p \"x\" }"));
        } finally {
            server.stop();
        }
    }

    @Test
    void rdf4jRioReadsAndWritesTurtle() throws Exception {
        var model = Rio.parse(new ByteArrayInputStream(TTL.getBytes(StandardCharsets.UTF_8)), "",
                org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        assertEquals(2, model.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Rio.write(model, out, org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        assertFalse(out.toString(StandardCharsets.UTF_8).isBlank());
    }

    @Test
    void coreNlpAnnotatesAndSerializes() throws Exception {
        CoreDocument doc = org.diplograph.extract.nlp.NlpEngine.shared()
                .annotate("Pakistan's foreign minister met Russian officials in Moscow on Tuesday.",
                        java.time.LocalDate.of(2018, 5, 2));
        assertTrue(doc.entityMentions().stream().anyMatch(m -> m.text().equals("Moscow")));
        // CoreNLP's protobuf serializer needs protobuf-java 4.x as pinned (lossy: SUTime results are kept as a key it does not serialize).
        var serializer = new edu.stanford.nlp.pipeline.ProtobufAnnotationSerializer(false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        serializer.writeCoreDocument(doc, out);
        assertTrue(out.size() > 0);
        // And its JSON output with the javax.json reader of org.glassfish:jakarta.json 1.1.6.
        String json = new edu.stanford.nlp.pipeline.JSONOutputter().print(doc.annotation());
        assertTrue(javax.json.Json.createReader(new StringReader(json)).readObject().containsKey("sentences"));
    }

    @Test
    void heidelTimeRunsOnCoreNlpTokensFromItsJar() {
        // HeidelTime 2.2.1 and UIMA 2.8.1 beside CoreNLP 4.5: its English rules load from its jar (no TreeTagger, no
        // download) and run over CoreNLP's sentences and tags.
        String text = "The ministers met on March 14 and will meet again next week.";
        CoreDocument doc = org.diplograph.extract.nlp.NlpEngine.shared().annotate(text, java.time.LocalDate.of(2018, 5, 2));
        var found = org.diplograph.extract.time.TimeExpressions.of(doc,
                org.diplograph.extract.time.TimeExpressions.Source.HEIDELTIME);
        java.util.Map<String, String> values = new java.util.HashMap<>();
        found.forEach(e -> values.put(text.substring(e.begin(), e.end()), e.value()));
        assertEquals("2018-03-14", values.get("March 14"), values.toString());
        assertEquals("2018-W19", values.get("next week"), values.toString());
    }
}
