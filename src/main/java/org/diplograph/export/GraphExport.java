package org.diplograph.export;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.diplograph.rdf.Prefixes;
import org.diplograph.store.GraphStore;

/**
 * Writes the store out. Turtle has no named graphs, so it gets the union of all graphs; TriG, N-Quads and JSON-LD
 * keep one graph per article.
 */
public final class GraphExport {
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
            return valueOf(name.toUpperCase(Locale.ROOT).replace("-", ""));
        }
    }

    private GraphExport() {
    }

    public static void write(GraphStore store, Format format, OutputStream out) {
        store.read(conn -> {
            Dataset dataset = conn.fetchDataset();
            if (format.quads) {
                dataset.getDefaultModel().setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(out, dataset, format.rdfFormat);
            } else {
                Model union = dataset.getUnionModel();
                union.setNsPrefixes(Prefixes.standard());
                RDFDataMgr.write(out, union, format.rdfFormat);
            }
            return null;
        });
    }
}
