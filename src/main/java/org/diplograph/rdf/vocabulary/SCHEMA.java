package org.diplograph.rdf.vocabulary;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The schema.org terms diplograph uses, in the {@code http://schema.org/} namespace that most RDF data and our
 * queries use (Jena's {@code SchemaDO} uses {@code https://schema.org/}).
 */
public final class SCHEMA {
    public static final String NS = "http://schema.org/";

    public static String getURI() {
        return NS;
    }

    public static final Resource NewsArticle = ResourceFactory.createResource(NS + "NewsArticle");
    public static final Resource Person = ResourceFactory.createResource(NS + "Person");
    public static final Resource Place = ResourceFactory.createResource(NS + "Place");
    public static final Resource Country = ResourceFactory.createResource(NS + "Country");
    public static final Resource Event = ResourceFactory.createResource(NS + "Event");
    public static final Property headline = ResourceFactory.createProperty(NS, "headline");
    public static final Property datePublished = ResourceFactory.createProperty(NS, "datePublished");
    public static final Property url = ResourceFactory.createProperty(NS, "url");
    public static final Property name = ResourceFactory.createProperty(NS, "name");
    public static final Property containedInPlace = ResourceFactory.createProperty(NS, "containedInPlace");

    private SCHEMA() {
    }
}
