/**
 * The ready-made queries of {@code queries/} and query files: declared, typed parameters bound as RDF terms in the
 * parsed query (never pasted into its text), optional {@code #+NAME} index hints, and store statistics. For people:
 * the answer as a {@link org.diplograph.query.ReadableTable}, country codes checked against the store's
 * {@link org.diplograph.query.StoreCountries}, and "did you mean" ({@link org.diplograph.query.Suggestions}).
 */
package org.diplograph.query;
