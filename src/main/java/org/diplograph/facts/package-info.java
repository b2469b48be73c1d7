/**
 * What extraction finds, as immutable records and enums: the language between the stages, the RDF mapping
 * ({@code rdf}) and the JSON Lines writer ({@code export}). {@link org.diplograph.facts.ArticleFacts} holds one
 * article's facts; each fact carries its {@link org.diplograph.facts.Provenance} (step, evidence
 * {@link org.diplograph.facts.Span}, confidence). Also here: the {@link org.diplograph.facts.Article} the readers
 * make, the identity keys of what is found ({@link org.diplograph.facts.Identities}), the typed values
 * ({@link org.diplograph.facts.MeetingMode}, {@link org.diplograph.facts.MeetingStatus},
 * {@link org.diplograph.facts.OrganizationKind}, {@link org.diplograph.facts.PloverType}) and the calendar ranges
 * of TIMEX values ({@link org.diplograph.facts.Timex}). Depends on the JDK only (TestArchitecture).
 */
package org.diplograph.facts;
