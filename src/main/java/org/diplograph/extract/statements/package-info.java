/**
 * Who said what: {@link org.diplograph.extract.statements.StatementStage} (requires TOKENS, COUNTRIES, PERSONS,
 * ORGANIZATIONS, PLACES, POSTS, TIMES; produces STATEMENTS) reads direct quotes and reported speech by the word
 * orders of news, parses only the sentences those do not settle, and resolves each speaker to the person,
 * organization or country earlier stages found.
 */
package org.diplograph.extract.statements;
