/**
 * Facts to RDF: {@link org.diplograph.rdf.ArticleGraphBuilder} makes one article's named graph, with a
 * {@code prov:Activity} for the {@link org.diplograph.rdf.ExtractionRun}; {@link org.diplograph.rdf.Iris} mints the
 * IRIs, {@link org.diplograph.rdf.Literals} the typed literals, {@link org.diplograph.rdf.FactTerms} the one
 * vocabulary term of each typed value. Also the reference graphs (countries, the ontology), the prefixes, and SHACL
 * validation. Reads {@code facts} and the country table, never how facts were extracted (TestArchitecture); the
 * mapping is pinned by the golden graphs of {@code src/test/resources/golden/}.
 */
package org.diplograph.rdf;
