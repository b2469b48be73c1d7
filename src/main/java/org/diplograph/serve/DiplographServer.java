package org.diplograph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.GraphStore;
import org.diplograph.store.StoreException;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Fuseki server over an embedded store: the SPARQL endpoints of the dataset {@value #DATASET}, the
 * named queries under {@code /api/}, and the page. Read-only unless allowed; every request runs in a TDB2
 * transaction, so queries see a consistent store while an upload or update commits. Every request first passes
 * the {@link RequestGuard}; SPARQL queries run bounded ({@link BoundedQueryService}).
 */
public final class DiplographServer implements AutoCloseable {
    /** The dataset's path: {@code /diplograph/sparql}, {@code /diplograph/data}, and the dataset URL itself. */
    public static final String DATASET = "/diplograph";

    private final FusekiServer fuseki;
    private final String host;
    private final MemoryGuard memory;
    /** The users who may write, or null without a password file. */
    private final WriteCredentials credentials;

    private DiplographServer(FusekiServer fuseki, String host, MemoryGuard memory, WriteCredentials credentials) {
        this.fuseki = fuseki;
        this.host = host;
        this.memory = memory;
        this.credentials = credentials;
    }

    /** Starts serving {@code store}, which must be embedded (TDB2); the store stays open, the caller closes it. */
    public static DiplographServer start(GraphStore store, ServeOptions options) {
        Dataset dataset = store.embeddedDataset().orElseThrow(() ->
                new StoreException("serve needs an embedded TDB2 store, not " + store.describe()));
        DatasetGraph dsg = dataset.asDatasetGraph();
        Context context = dsg.getContext();
        context.set(ARQ.queryTimeout, Long.toString(options.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false); // no SERVICE calls out of the machine
        QueryRunner.Limits limits = new QueryRunner.Limits(options.timeout(), options.maxRows());
        WriteCredentials credentials = options.passwordFile() == null ? null : WriteCredentials.load(options.passwordFile());
        MemoryGuard memory = new MemoryGuard();
        FusekiServer fuseki = FusekiServer.create()
                .port(options.port())
                .registerOperation(Operation.Query, new BoundedQueryService(options.timeout(), memory))
                .add(DATASET, dataService(dsg, options.allowUpdate()))
                .enablePing(true)
                // No other site's page may read the store: the page is served from here (and on loopback any site
                // the user visits could read a local store).
                .enableCors(false)
                .addFilter("/*", new RequestBodyDrain())
                .addFilter("/*", new RequestGuard(options, credentials))
                .addServlet("/api/*", new ApiServlet(store, limits))
                .addServlet("", StaticFiles.page())
                .addServlet("/app/*", StaticFiles.page())
                .addServlet("/webjars/*", StaticFiles.webjars())
                .build();
        for (Connector connector : fuseki.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector server)
                server.setHost(options.host());
        try {
            fuseki.start();
        } catch (RuntimeException e) {
            memory.close();
            if (credentials != null)
                credentials.close();
            throw new StoreException("cannot listen on " + options.host() + ":" + options.port() + ": " + rootMessage(e), e);
        }
        return new DiplographServer(fuseki, options.host(), memory, credentials);
    }

    /**
     * Query and Graph Store Protocol read at {@code sparql} and {@code data}; with updates, SPARQL Update at
     * {@code update}, uploads at {@code upload}, and GSP read-write at {@code data}. The dataset URL itself takes
     * the same operations, as a remote {@link GraphStore} expects.
     */
    static DataService dataService(DatasetGraph dsg, boolean allowUpdate) {
        Operation gsp = allowUpdate ? Operation.GSP_RW : Operation.GSP_R;
        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(gsp, "data")
                .addEndpoint(Operation.Query)
                .addEndpoint(gsp);
        if (allowUpdate)
            service.addEndpoint(Operation.Update, "update")
                    .addEndpoint(Operation.Upload, "upload")
                    .addEndpoint(Operation.Update);
        return service.build();
    }

    /** The interface the server listens on, as configured on its connector. */
    public String host() {
        for (Connector connector : fuseki.getJettyServer().getConnectors())
            if (connector instanceof ServerConnector server)
                return server.getHost();
        return host;
    }

    public int port() {
        return fuseki.getHttpPort();
    }

    /** The page's URL, e.g. {@code http://127.0.0.1:3030/}. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    /** The dataset URL, e.g. {@code http://127.0.0.1:3030/diplograph}. */
    public String datasetUrl() {
        return url() + DATASET.substring(1);
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    @Override
    public void close() {
        try {
            fuseki.stop();
        } finally {
            memory.close();
            if (credentials != null)
                credentials.close();
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null)
            e = e.getCause();
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
