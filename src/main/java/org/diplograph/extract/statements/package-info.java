/**
 * Who said what: {@link org.diplograph.extract.statements.StatementStage} (requires TOKENS, COUNTRIES,
 * COUNTRY_ANAPHORS, PERSONS, ORGANIZATIONS, PLACES, POSTS, TIMES, MEETINGS; produces STATEMENTS) reads direct
 * quotes and reported speech by the word orders of news, parses only the sentences those do not settle, reads
 * transcript turns and joint statements, and resolves each speaker to the person, organization or country earlier
 * stages found; a group of speakers ("the leaders", "both sides") gives one statement per member, from the
 * meetings found or the joint statement's signatories. Word lists of these rules: {@code data/statements.tsv}.
 */
package org.diplograph.extract.statements;
