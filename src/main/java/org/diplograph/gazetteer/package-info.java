/**
 * The country table ({@code data/countries.tsv}: ISO codes, Wikidata, names, aliases, demonyms, capitals) and a
 * phrase trie for one-pass dictionary matching over a text. Reference data, read strictly: a malformed row is a
 * {@link org.diplograph.gazetteer.GazetteerException} naming it.
 */
package org.diplograph.gazetteer;
