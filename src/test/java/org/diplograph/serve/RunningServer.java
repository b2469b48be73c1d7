package org.diplograph.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.diplograph.store.GraphStore;

/** A server on a free loopback port over a store folder, with a plain HTTP client; closing stops both. */
final class RunningServer implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final GraphStore store;
    final DiplographServer server;

    private RunningServer(GraphStore store, DiplographServer server) {
        this.store = store;
        this.server = server;
    }

    static RunningServer start(Path storeDir, ServeOptions options) {
        GraphStore store = GraphStore.embedded(storeDir);
        try {
            return new RunningServer(store, DiplographServer.start(store, options));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    static RunningServer readOnly(Path storeDir) {
        return start(storeDir, ServeOptions.defaults(0));
    }

    /** {@code path} relative to the server root, e.g. {@code api/stats}. */
    URI uri(String path) {
        return URI.create(server.url() + path);
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null)
            request.header("Accept", accept);
        return send(request.build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
