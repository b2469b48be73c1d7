/**
 * A tool, not the product (diplograph-tools.jar): {@code diplograph bench}, speed measured here and now (the ingest
 * path beside plain CoreNLP; write and query times on synthetic graphs; a load test of a running server) and the
 * synthetic articles and facts it uses. Figures in docs/BENCHMARKS.md.
 */
package org.diplograph.bench;
