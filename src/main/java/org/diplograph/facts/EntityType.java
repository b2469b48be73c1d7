package org.diplograph.facts;

/** Coarse kinds of named entity the extractor keeps. */
public enum EntityType {
    PERSON, ORGANIZATION, CITY, REGION
}
