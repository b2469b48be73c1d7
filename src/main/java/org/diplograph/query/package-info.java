/**
 * The ready-made queries of {@code queries/} and query files: declared, typed parameters bound as RDF terms in the
 * parsed query (never pasted into its text), optional {@code #+NAME} index hints, and store statistics.
 */
package org.diplograph.query;
