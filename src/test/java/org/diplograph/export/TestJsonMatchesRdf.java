package org.diplograph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Model;
import org.diplograph.TestFixtures;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.ArticleFacts;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.rdf.ArticleGraphBuilder;
import org.diplograph.rdf.ExtractionRun;
import org.junit.jupiter.api.Test;

/** The JSON of {@code extract} and the RDF of the store say the same thing, down to the spans. */
class TestJsonMatchesRdf {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void jsonAndRdfAgreeOnTheSeed() throws Exception {
        String document = Files.readString(TestFixtures.SEED, StandardCharsets.UTF_8);
        FactsJson json = new FactsJson(CountryTable.standard());
        ArticleGraphBuilder builder = new ArticleGraphBuilder(ExtractionRun.start(Extractor.VERSION));
        for (ArticleFacts facts : TestFixtures.seedFacts()) {
            JsonNode j = MAPPER.readTree(json.line(facts));
            Model rdf = builder.build(facts);

            Set<String> jsonSpans = new TreeSet<>();
            collectSpans(j, jsonSpans, document);
            Set<String> rdfSpans = select(rdf, "SELECT ?b ?e ?t { ?s a <https://w3id.org/diplograph/ns#TextSpan> ; "
                    + "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?b ; "
                    + "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#endIndex> ?e ; "
                    + "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?t }", "b", "e", "t");
            assertFalse(jsonSpans.isEmpty());
            assertEquals(jsonSpans, rdfSpans, "the same spans in JSON and RDF");

            Set<String> jsonCountries = new TreeSet<>();
            j.get("countries").forEach(c -> jsonCountries.add(c.get("code").asText()));
            assertEquals(jsonCountries, select(rdf, "SELECT ?code { ?m <https://w3id.org/diplograph/ns#country> ?c . "
                    + "BIND(STRAFTER(STR(?c), \"/country/\") AS ?code) }", "code"));

            Set<String> jsonPeople = new TreeSet<>();
            j.get("people").forEach(p -> jsonPeople.add(p.get("name").asText()));
            assertEquals(jsonPeople, select(rdf, "SELECT ?n { ?p <http://xmlns.com/foaf/0.1/name> ?n }", "n"));

            for (String kind : new String[] {"Statement", "CountryRelation", "TimeExpression"}) {
                String field = kind.equals("Statement") ? "statements" : kind.equals("CountryRelation") ? "relations" : "times";
                assertEquals(j.get(field).size(), select(rdf, "SELECT ?s { ?s a <https://w3id.org/diplograph/ns#"
                        + kind + "> }", "s").size(), field);
            }
        }
    }

    /** Every object with begin/end/text, checked against the document and recorded as "begin end text". */
    private static void collectSpans(JsonNode node, Set<String> spans, String document) {
        if (node.isObject() && node.has("begin") && node.has("end") && node.has("text") && node.get("begin").isInt()) {
            int b = node.get("begin").asInt(), e = node.get("end").asInt();
            assertEquals(document.substring(b, e), node.get("text").asText(), "offsets index the file's text");
            spans.add(b + " " + e + " " + node.get("text").asText());
        }
        node.forEach(child -> collectSpans(child, spans, document));
    }

    private static Set<String> select(Model m, String query, String... vars) {
        Set<String> out = new TreeSet<>();
        try (var exec = QueryExecutionFactory.create(query, m)) {
            exec.execSelect().forEachRemaining(row -> {
                StringBuilder sb = new StringBuilder();
                for (String v : vars) {
                    if (sb.length() > 0)
                        sb.append(' ');
                    var n = row.get(v);
                    sb.append(n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
                out.add(sb.toString());
            });
        }
        return out;
    }
}
