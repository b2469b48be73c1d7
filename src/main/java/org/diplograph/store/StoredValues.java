package org.diplograph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.ModelUtils;

/** Looks up one property of many graphs' own subjects in one query, binding the names as a VALUES block. */
final class StoredValues {
    private static final String QUERY = "SELECT ?g ?v WHERE { GRAPH ?g { ?g ?p ?v } }";
    private static final Var G = Var.alloc("g");

    private StoredValues() {
    }

    static Map<String, String> lookup(RDFConnection conn, Collection<String> graphNames, String propertyIri) {
        Map<String, String> found = new HashMap<>();
        if (graphNames.isEmpty())
            return found;
        Query query = QueryFactory.create(QUERY);
        List<Binding> rows = new ArrayList<>();
        for (String name : graphNames)
            rows.add(BindingFactory.binding(G, NodeFactory.createURI(name)));
        query.setValuesDataBlock(List.of(G), rows);
        Node property = NodeFactory.createURI(propertyIri);
        try (var exec = conn.newQuery().query(query).substitution("p", ModelUtils.convertGraphNodeToRDFNode(property)).build()) {
            exec.execSelect().forEachRemaining(row ->
                    found.put(row.getResource("g").getURI(), row.get("v").toString()));
        }
        return found;
    }
}
