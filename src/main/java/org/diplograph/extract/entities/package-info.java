/**
 * Countries, names, organizations and places. {@link org.diplograph.extract.entities.CountryStage} (the country
 * gazetteer; produces COUNTRIES, capitals as PLACES), {@link org.diplograph.extract.entities.EntityStage} (NAMES
 * from CoreNLP's tags, PERSONS with surnames joined, PLACES),
 * {@link org.diplograph.extract.entities.CountryAnaphorStage} ("the two countries": COUNTRY_ANAPHORS) and
 * {@link org.diplograph.extract.entities.OrganizationStage} (intergovernmental and state bodies with their country:
 * ORGANIZATIONS, from {@code data/organizations.tsv} and the names).
 */
package org.diplograph.extract.entities;
