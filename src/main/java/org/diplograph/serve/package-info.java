/**
 * {@code diplograph serve}: an embedded Fuseki over the store (SPARQL, Graph Store Protocol), the named queries as
 * JSON ({@code /api/}) and the page. Every request passes the {@link org.diplograph.serve.RequestGuard} first; SPARQL queries from outside run
 * bounded in size, shape, time and memory ({@link org.diplograph.serve.BoundedQueryService}).
 */
package org.diplograph.serve;
