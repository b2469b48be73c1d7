package org.diplograph.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;
import org.diplograph.rdf.vocabulary.DG;
import org.diplograph.rdf.vocabulary.NIF;
import org.diplograph.rdf.vocabulary.PROV;

/** The prefixes of exported RDF and of the named queries, in one place. */
public final class Prefixes {
    public static final String SCHEMA = org.diplograph.rdf.vocabulary.SCHEMA.NS;
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String WD = "http://www.wikidata.org/entity/";

    private Prefixes() {
    }

    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dct", DCTerms.getURI())
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("nif", NIF.NS)
                .setNsPrefix("schema", SCHEMA)
                .setNsPrefix("foaf", FOAF)
                .setNsPrefix("org", ORG)
                .setNsPrefix("wd", WD)
                .setNsPrefix(DG.PREFIX, DG.NS)
                .setNsPrefix("dgr", DG.ID)
                .lock();
    }
}
