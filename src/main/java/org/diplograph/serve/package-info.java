/**
 * {@code diplograph serve}: an embedded Fuseki over the store (SPARQL, Graph Store Protocol), the named queries as
 * JSON under {@code /api/}, and the page with its static files; read-only unless updates are allowed.
 */
package org.diplograph.serve;
