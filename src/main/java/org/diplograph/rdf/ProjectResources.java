package org.diplograph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.diplograph.rdf.vocabulary.DG;

/** The ontology and the SHACL shapes, read from the classpath (they are copied there from {@code ontology/}). */
public final class ProjectResources {
    /** The named graph holding the ontology, so that queries can read concept labels and intensities. */
    public static final String ONTOLOGY_GRAPH = DG.ID + "graph/ontology";

    private ProjectResources() {
    }

    public static Model ontology() {
        return turtle("/ontology/diplograph.ttl");
    }

    public static Model shapes() {
        return turtle("/ontology/shapes.ttl");
    }

    private static Model turtle(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = ProjectResources.class.getResourceAsStream(resource)) {
            if (in == null)
                throw new IllegalStateException("missing classpath resource " + resource);
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
