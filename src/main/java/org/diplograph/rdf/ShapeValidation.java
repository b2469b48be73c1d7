package org.diplograph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/** SHACL validation of extracted RDF against {@code ontology/shapes.ttl}. */
public final class ShapeValidation {
    private static volatile Shapes shapes;

    private ShapeValidation() {
    }

    public static Shapes shapes() {
        if (shapes == null)
            shapes = Shapes.parse(ProjectResources.shapes().getGraph());
        return shapes;
    }

    /** Validates {@code data}; the ontology is added so that shapes see class declarations and concepts. */
    public static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes(), data);
    }
}
