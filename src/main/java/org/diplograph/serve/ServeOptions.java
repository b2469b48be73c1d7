package org.diplograph.serve;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@code diplograph serve} runs: the interface and port to listen on (port 0: any free one), whether SPARQL
 * Update and uploads are allowed, the query timeout, and the most rows an {@code /api/} answer carries.
 */
public record ServeOptions(String host, int port, boolean allowUpdate, Duration timeout, long maxRows) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        if (maxRows < 1)
            throw new IllegalArgumentException("max rows must be at least 1, not " + maxRows);
    }

    /** Loopback, read-only, 30 s timeout, 1000 rows, on {@code port}. */
    public static ServeOptions defaults(int port) {
        return new ServeOptions(DEFAULT_HOST, port, false, Duration.ofSeconds(30), 1000);
    }

    public ServeOptions withAllowUpdate(boolean allow) {
        return new ServeOptions(host, port, allow, timeout, maxRows);
    }

    public ServeOptions withTimeout(Duration newTimeout) {
        return new ServeOptions(host, port, allowUpdate, newTimeout, maxRows);
    }

    public ServeOptions withMaxRows(long rows) {
        return new ServeOptions(host, port, allowUpdate, timeout, rows);
    }
}
