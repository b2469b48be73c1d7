package org.diplograph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.diplograph.serve.DiplographServer;
import org.diplograph.serve.ServeOptions;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph serve}: a SPARQL endpoint, the named queries as JSON, and the page, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP until stopped (Ctrl-C): the page at /, SPARQL at /diplograph/sparql, "
                + "the Graph Store Protocol at /diplograph/data, and the named queries as JSON at /api/NAME?param=value.",
                "Read-only unless --allow-update (then also /diplograph/update and /diplograph/upload). Writes from "
                        + "web pages of other sites are refused; with --password-file, a write needs a user of that file "
                        + "(required when --host is not a loopback address)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--port", defaultValue = "3030", description = "Port to listen on (default 3030; 0: any free port).")
    int port;

    @Option(names = "--host", defaultValue = ServeOptions.DEFAULT_HOST,
            description = "Interface to listen on (default 127.0.0.1, this machine only; 0.0.0.0: every interface).")
    String host;

    @Option(names = "--allow-update", description = "Accept SPARQL Update and uploads (default: read-only).")
    boolean allowUpdate;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a query may run (default 30).")
    int timeoutSeconds;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Most rows of one /api/ answer (default 1000).")
    long maxRows;

    @Option(names = "--max-query-kb", paramLabel = "KB", defaultValue = "256",
            description = "Largest query text, in the URL or the body (default 256 KB; larger: 413 or 414).")
    long maxQueryKb;

    @Option(names = "--max-update-mb", paramLabel = "MB", defaultValue = "64",
            description = "Largest update or upload body with --allow-update (default 64 MB).")
    long maxUpdateMb;

    @Override
    public Integer call() {
        if (storeOptions.endpoint != null)
            throw new ParameterException(spec.commandLine(), "serve serves a local --store, not an --endpoint");
        ServeOptions options;
        try {
            options = new ServeOptions(host, port, allowUpdate, Duration.ofSeconds(timeoutSeconds), maxRows,
                    maxQueryKb * 1024, maxUpdateMb * 1024 * 1024, storeOptions.passwordFile);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (GraphStore store = storeOptions.open(); DiplographServer server = DiplographServer.start(store, options)) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("diplograph: serving %s at %s%n", store.describe(), server.url());
            out.printf("  SPARQL   %s/sparql (%s)%n", server.datasetUrl(), !allowUpdate ? "read-only"
                    : options.passwordFile() != null ? "updates by the users of " + options.passwordFile()
                    : "updates allowed from this machine");
            out.printf("  queries  %sapi/%n", server.url());
            out.println("Ctrl-C stops.");
            out.flush();
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "diplograph-serve-stop"));
            server.join();
        }
        return 0;
    }
}
