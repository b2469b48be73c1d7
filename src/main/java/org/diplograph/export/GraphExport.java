package org.diplograph.export;

import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.util.ModelUtils;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.VOID;
import org.diplograph.rdf.Iris;
import org.diplograph.rdf.Prefixes;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.store.GraphStore;

/**
 * Writes the store out, or part of it: one article's graph, or the graphs of the articles that name a country.
 * Turtle has no named graphs, so it gets the union; TriG, N-Quads and JSON-LD keep one graph per article. Optionally
 * with a VoID/DCAT {@link DatasetDescription}. Reads with CONSTRUCT queries, which work the same on TDB2 and on a
 * remote endpoint; graph names and countries are bound as terms.
 */
public final class GraphExport {
    private static final String ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String QUADS = "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }";
    private static final String MENTIONING = "PREFIX dg: <" + DG.NS + "> "
            + "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?mention a dg:CountryMention ; dg:country ?country } }";
    private static final String COUNTRY = "CONSTRUCT { GRAPH ?g { ?country ?p ?o } } WHERE { GRAPH ?g { ?country ?p ?o } }";
    private static final Var G = Var.alloc("g");
    private static final java.util.Set<String> REFERENCE_GRAPHS =
            java.util.Set.of(DG.countriesGraph.getURI(), org.diplograph.rdf.ProjectResources.ONTOLOGY_GRAPH);

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

    /** Which part of the store: all of it (both null), one article, or the articles naming a country (ISO code). */
    public record Selection(String articleIri, String countryIso2) {
        public static final Selection ALL = new Selection(null, null);

        public static Selection article(String iri) {
            return new Selection(iri, null);
        }

        public static Selection country(String iso2) {
            return new Selection(null, iso2.toUpperCase(Locale.ROOT));
        }

        /** What the selection is about, for the description: the article's or the country's IRI. */
        String subject() {
            return articleIri != null ? articleIri : countryIso2 != null ? Iris.country(countryIso2) : null;
        }
    }

    private GraphExport() {
    }

    public static void write(GraphStore store, Format format, OutputStream out) {
        write(store, format, out, Selection.ALL, null);
    }

    /**
     * Writes the selected graphs; with {@code about}, also their description. Returns how many article graphs were
     * selected (0: nothing but reference data and the description).
     */
    public static int write(GraphStore store, Format format, OutputStream out, Selection selection,
                            DatasetDescription.About about) {
        Dataset data = store.read(conn -> select(conn, selection));
        int graphs = (int) Iter.asStream(data.listModelNames()).map(r -> r.getURI())
                .filter(name -> !REFERENCE_GRAPHS.contains(name)).count();
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Prefixes.standard());
        if (about != null) {
            data.addNamedModel(DatasetDescription.GRAPH, DatasetDescription.of(data, about));
            prefixes.setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS);
        }
        if (format.quads) {
            data.getDefaultModel().setNsPrefixes(prefixes);
            RDFDataMgr.write(out, data, format.rdfFormat);
        } else {
            Model union = ModelFactory.createDefaultModel().setNsPrefixes(prefixes);
            data.listModelNames().forEachRemaining(name -> union.add(data.getNamedModel(name)));
            RDFDataMgr.write(out, union, format.rdfFormat);
        }
        return graphs;
    }

    /** The description to add, for {@code format} and {@code selection}, created now. */
    public static DatasetDescription.About describe(Format format, Selection selection, String license) {
        String part = selection.articleIri() != null ? "article " + selection.articleIri()
                : selection.countryIso2() != null ? "articles naming " + selection.countryIso2() : null;
        return new DatasetDescription.About(DatasetDescription.title(part),
                license == null ? DatasetDescription.DEFAULT_LICENSE : license, Instant.now(), selection.subject(), format);
    }

    private static Dataset select(RDFConnection conn, Selection selection) {
        if (selection.articleIri() == null && selection.countryIso2() == null)
            return construct(conn, QueryFactory.create(QUADS, Syntax.syntaxARQ));
        List<Node> graphs = new ArrayList<>();
        if (selection.articleIri() != null) {
            graphs.add(NodeFactory.createURI(selection.articleIri()));
        } else {
            Node country = NodeFactory.createURI(Iris.country(selection.countryIso2()));
            try (var exec = conn.newQuery().query(MENTIONING).substitution("country", ModelUtils.convertGraphNodeToRDFNode(country)).build()) {
                exec.execSelect().forEachRemaining(row -> graphs.add(row.getResource("g").asNode()));
            }
        }
        Query quads = QueryFactory.create(QUADS, Syntax.syntaxARQ);
        List<Binding> rows = graphs.stream().map(g -> BindingFactory.binding(G, g)).toList();
        quads.setValuesDataBlock(List.of(G), rows);
        Dataset data = graphs.isEmpty() ? DatasetFactory.create() : construct(conn, quads);
        if (selection.countryIso2() != null) {
            Node country = NodeFactory.createURI(Iris.country(selection.countryIso2()));
            try (var exec = conn.newQuery().query(QueryFactory.create(COUNTRY, Syntax.syntaxARQ))
                    .substitution("country", ModelUtils.convertGraphNodeToRDFNode(country)).build()) {
                Dataset reference = exec.execConstructDataset();
                reference.listModelNames().forEachRemaining(name -> data.getNamedModel(name).add(reference.getNamedModel(name)));
            }
        }
        return data;
    }

    private static Dataset construct(RDFConnection conn, Query query) {
        try (var exec = conn.query(query)) {
            return exec.execConstructDataset();
        }
    }

    /** All graphs of the store merged into one model (in memory). */
    public static Model union(GraphStore store) {
        return store.read(conn -> conn.queryConstruct(ALL_TRIPLES));
    }
}
