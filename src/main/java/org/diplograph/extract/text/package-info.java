/**
 * Internal: the language helpers every extraction family shares, so that one idea is written once — the token and
 * sentence view of an article, first-name genders, word lists read from TSV, words around an offset. Public only
 * because the stage packages use it; please don't depend on it from outside {@code org.diplograph.extract}.
 */
package org.diplograph.extract.text;
