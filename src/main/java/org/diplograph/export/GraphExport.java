package org.diplograph.export;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplograph.rdf.Prefixes;
import org.diplograph.store.GraphStore;

/**
 * Writes the store out. Turtle has no named graphs, so it gets the union of all graphs; TriG, N-Quads and JSON-LD
 * keep one graph per article. Reads with CONSTRUCT queries, which work the same on TDB2 and on a remote endpoint.
 */
public final class GraphExport {
    private static final String ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String ALL_QUADS = "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }";

    public enum Format {
        TURTLE(RDFFormat.TURTLE_PRETTY, false), TRIG(RDFFormat.TRIG_PRETTY, true),
        NQUADS(RDFFormat.NQUADS, true), JSONLD(RDFFormat.JSONLD11_PRETTY, true);

        final RDFFormat rdfFormat;
        final boolean quads;

        Format(RDFFormat rdfFormat, boolean quads) {
            this.rdfFormat = rdfFormat;
            this.quads = quads;
        }

        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "' (turtle, trig, nquads, jsonld)");
            }
        }
    }

    private GraphExport() {
    }

    public static void write(GraphStore store, Format format, OutputStream out) {
        store.read(conn -> {
            if (format.quads) {
                Dataset dataset;
                try (var exec = conn.query(QueryFactory.create(ALL_QUADS, Syntax.syntaxARQ))) {
                    dataset = exec.execConstructDataset();
                }
                dataset.getDefaultModel().setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(out, dataset, format.rdfFormat);
            } else {
                Model union = conn.queryConstruct(ALL_TRIPLES);
                union.setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(out, union, format.rdfFormat);
            }
            return null;
        });
    }

    /** All graphs of the store merged into one model (in memory). */
    public static Model union(GraphStore store) {
        return store.read(conn -> conn.queryConstruct(ALL_TRIPLES));
    }
}
