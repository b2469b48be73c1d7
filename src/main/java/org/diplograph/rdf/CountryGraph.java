package org.diplograph.rdf;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.diplograph.rdf.vocabulary.SCHEMA;
import org.diplograph.gazetteer.Country;
import org.diplograph.gazetteer.CountryTable;
import org.diplograph.rdf.vocabulary.DG;

/**
 * The reference graph of countries: one resource per ISO 3166 code with its names and {@code owl:sameAs} to
 * Wikidata. Lives in its own named graph ({@link DG#countriesGraph}) so article graphs only point at it.
 */
public final class CountryGraph {
    private CountryGraph() {
    }

    public static Model of(CountryTable table) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        for (Country c : table.all()) {
            Resource r = m.createResource(Iris.country(c.iso2()))
                    .addProperty(RDF.type, DG.Country)
                    .addProperty(RDF.type, SCHEMA.Country)
                    .addProperty(RDFS.label, c.name(), "en")
                    .addProperty(SKOS.prefLabel, c.name(), "en")
                    .addProperty(DG.iso2, c.iso2())
                    .addProperty(DG.iso3, c.iso3());
            if (c.wikidata() != null && !c.wikidata().isBlank())
                r.addProperty(OWL.sameAs, m.createResource(Iris.wikidata(c.wikidata())));
            for (String alias : c.aliases())
                r.addProperty(SKOS.altLabel, alias, "en");
        }
        return m;
    }
}
