package org.diplograph.export;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.diplograph.extract.Extractor;
import org.diplograph.rdf.Prefixes;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.rdf.vocabulary.SCHEMA;

/**
 * A VoID and DCAT description of an export, computed from the exported quads: triples, distinct subjects, entities
 * per class, the vocabularies used, the span of publication dates, plus licence, creation time and format. It lives
 * in its own graph ({@link #GRAPH}) so a dump says what it is.
 */
public final class DatasetDescription {
    /** The named graph that holds the description in TriG, N-Quads and JSON-LD dumps. */
    public static final String GRAPH = DG.ID + "graph/description";
    /** The dataset the description is about. */
    public static final String DATASET = DG.ID + "dataset";
    public static final String DEFAULT_LICENSE = "https://www.gnu.org/licenses/gpl-3.0.html";

    /** What the counts cannot tell: title, licence, creation time, the part of the store, and the format. */
    public record About(String title, String license, Instant created, String subject, GraphExport.Format format) {
    }

    private DatasetDescription() {
    }

    public static Model of(Dataset data, About about) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard()).setNsPrefix("void", VOID.NS).setNsPrefix("dcat", DCAT.NS);
        Resource dataset = m.createResource(DATASET)
                .addProperty(RDF.type, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, about.title(), "en")
                .addProperty(DCTerms.description, "Diplomatic facts (meetings, statements, country relations, officials) "
                        + "extracted from news articles, each with its provenance down to the text span.", "en")
                .addProperty(DCTerms.license, m.createResource(about.license()))
                .addLiteral(DCTerms.created, m.createTypedLiteral(about.created().toString(), XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.creator, m.createResource(DG.ID + "agent/diplograph"))
                .addProperty(DCTerms.conformsTo, m.createResource("https://w3id.org/diplograph/ns"))
                .addProperty(VOID.uriSpace, DG.ID)
                .addProperty(DCAT.keyword, "diplomacy", "en")
                .addProperty(DCAT.keyword, "international relations", "en")
                .addProperty(DCAT.keyword, "news", "en");
        if (about.subject() != null)
            dataset.addProperty(DCTerms.subject, m.createResource(about.subject()));
        dataset.addProperty(DCAT.distribution, m.createResource()
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.mediaType, about.format().rdfFormat.getLang().getContentType().getContentTypeStr())
                .addProperty(DCTerms.format, m.createResource(formatIri(about.format()))));
        counts(data, dataset);
        return m;
    }

    private static void counts(Dataset data, Resource dataset) {
        Model m = dataset.getModel();
        Set<Triple> triples = new java.util.HashSet<>();
        Set<Node> subjects = new java.util.HashSet<>();
        Map<String, Set<Node>> classes = new TreeMap<>();
        Set<String> vocabularies = new TreeSet<>();
        LocalDate[] span = new LocalDate[2];
        data.asDatasetGraph().find().forEachRemaining((Quad q) -> {
            if (GRAPH.equals(q.getGraph().toString()))
                return;
            triples.add(q.asTriple());
            subjects.add(q.getSubject());
            vocabularies.add(namespace(q.getPredicate().getURI()));
            if (q.getPredicate().equals(RDF.Nodes.type) && q.getObject().isURI()) {
                classes.computeIfAbsent(q.getObject().getURI(), k -> new java.util.HashSet<>()).add(q.getSubject());
                vocabularies.add(namespace(q.getObject().getURI()));
            }
            if (q.getPredicate().getURI().equals(SCHEMA.NS + "datePublished") && q.getObject().isLiteral())
                widen(span, q.getObject().getLiteralLexicalForm());
        });
        dataset.addLiteral(VOID.triples, count(m, triples.size()))
                .addLiteral(VOID.distinctSubjects, count(m, subjects.size()));
        vocabularies.forEach(ns -> dataset.addProperty(VOID.vocabulary, m.createResource(ns)));
        classes.forEach((cls, members) -> dataset.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, m.createResource(cls))
                .addLiteral(VOID.entities, count(m, members.size()))));
        if (span[0] != null)
            dataset.addProperty(DCTerms.temporal, m.createResource()
                    .addProperty(RDF.type, DCTerms.PeriodOfTime)
                    .addLiteral(DCAT.startDate, m.createTypedLiteral(span[0].toString(), XSDDatatype.XSDdate))
                    .addLiteral(DCAT.endDate, m.createTypedLiteral(span[1].toString(), XSDDatatype.XSDdate)));
    }

    private static org.apache.jena.rdf.model.Literal count(Model m, long n) {
        return m.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private static void widen(LocalDate[] span, String lexical) {
        try {
            LocalDate d = LocalDate.parse(lexical);
            if (span[0] == null || d.isBefore(span[0]))
                span[0] = d;
            if (span[1] == null || d.isAfter(span[1]))
                span[1] = d;
        } catch (java.time.format.DateTimeParseException e) {
            // Not a plain date: it does not widen the span.
        }
    }

    /** The vocabulary an IRI belongs to: up to its last '#' or '/'. */
    static String namespace(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut < 0 ? iri : iri.substring(0, cut + 1);
    }

    private static String formatIri(GraphExport.Format format) {
        String name = switch (format) {
            case TURTLE -> "Turtle";
            case TRIG -> "TriG";
            case NQUADS -> "N-Quads";
            case JSONLD -> "JSON-LD";
        };
        return "http://www.w3.org/ns/formats/" + name;
    }

    /** The default title: the whole graph, or the part named by {@code part}. */
    public static String title(String part) {
        return "diplograph knowledge graph" + (part == null ? "" : ": " + part) + " (diplograph " + Extractor.VERSION + ")";
    }
}
