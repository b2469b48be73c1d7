/**
 * Where the graph lives, behind {@link org.diplograph.store.GraphStore}: an embedded TDB2 database (write
 * transactions per batch, compaction as it grows) or a remote SPARQL 1.1 endpoint (one update request per batch).
 * The implementations are package-private: {@code GraphStore.embedded(dir)} or {@code GraphStore.remote(url)}.
 */
package org.diplograph.store;
