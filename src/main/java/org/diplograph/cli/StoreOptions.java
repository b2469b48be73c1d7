package org.diplograph.cli;

import java.nio.file.Path;

import org.diplograph.store.EndpointCredentials;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Option;

/** {@code --store DIR} or {@code --endpoint URL}, shared by every command that reads or writes the store. */
final class StoreOptions {
    static final String DEFAULT_DIR = "diplograph-db";

    @Option(names = "--store", paramLabel = "DIR",
            description = "TDB2 store folder (default: $DIPLOGRAPH_STORE, else ./" + DEFAULT_DIR + ").")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A remote SPARQL 1.1 dataset URL (e.g. http://localhost:3030/ds) instead of a local store.")
    String endpoint;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "'user: password' lines. With --endpoint: the user and password to send (the first line). "
                    + "For serve --allow-update: the users who may write.")
    Path passwordFile;

    GraphStore open() {
        if (endpoint != null)
            return GraphStore.remote(endpoint, passwordFile == null ? null : EndpointCredentials.read(passwordFile));
        return GraphStore.embedded(directory());
    }

    Path directory() {
        if (store != null)
            return store;
        String env = System.getenv("DIPLOGRAPH_STORE");
        return Path.of(env != null && !env.isBlank() ? env : DEFAULT_DIR);
    }
}
