/**
 * Writing out: the store as RDF (all of it, one article, the articles naming a country; a VoID/DCAT description)
 * and the JSON Lines contract of {@code diplograph extract} (docs/JSONL.md).
 */
package org.diplograph.export;
