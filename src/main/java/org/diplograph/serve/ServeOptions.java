package org.diplograph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How {@code diplograph serve} runs: the interface and port to listen on (port 0: any free one), whether SPARQL
 * Update and uploads are allowed, the query timeout, the most rows an {@code /api/} answer carries, the largest
 * query and update requests, and the password file of the users who may write (null: none).
 * <p>
 * Updates on an interface other machines reach need a password file: the server refuses to start without one.
 */
public record ServeOptions(String host, int port, boolean allowUpdate, Duration timeout, long maxRows,
                           long maxQueryBytes, long maxUpdateBytes, Path passwordFile) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 3030;
    /**
     * A query's text, in the URL or the body. The parser takes about 5 s a megabyte on a busy two-core machine
     * (docs/RELIABILITY.md), so this bounds the time before a query's own timeout starts to about a second.
     */
    public static final long DEFAULT_MAX_QUERY_BYTES = 256 * 1024;
    /** An update or upload body: 32 articles of {@code ingest --endpoint} take about 3 MB. */
    public static final long DEFAULT_MAX_UPDATE_BYTES = 64L * 1024 * 1024;

    public ServeOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        if (timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("timeout must be positive, not " + timeout);
        if (maxRows < 1)
            throw new IllegalArgumentException("max rows must be at least 1, not " + maxRows);
        if (maxQueryBytes < 1024 || maxUpdateBytes < 1024)
            throw new IllegalArgumentException("request size limits must be at least 1 KB");
        if (passwordFile != null && !allowUpdate)
            throw new IllegalArgumentException("a password file names who may write; it needs --allow-update");
        if (allowUpdate && passwordFile == null && !isLoopback(host))
            throw new IllegalArgumentException("updates on " + host + ", which other machines reach, need a password "
                    + "file (--password-file) so that only its users can write");
    }

    /** Loopback, read-only, 30 s timeout, 1000 rows, the default size limits, on {@code port}. */
    public static ServeOptions defaults(int port) {
        return new ServeOptions(DEFAULT_HOST, port, false, Duration.ofSeconds(30), 1000,
                DEFAULT_MAX_QUERY_BYTES, DEFAULT_MAX_UPDATE_BYTES, null);
    }

    /** Whether the server listens only on this machine's loopback interface. */
    public boolean loopback() {
        return isLoopback(host);
    }

    public ServeOptions withAllowUpdate(boolean allow) {
        return new ServeOptions(host, port, allow, timeout, maxRows, maxQueryBytes, maxUpdateBytes, passwordFile);
    }

    public ServeOptions withTimeout(Duration newTimeout) {
        return new ServeOptions(host, port, allowUpdate, newTimeout, maxRows, maxQueryBytes, maxUpdateBytes, passwordFile);
    }

    public ServeOptions withMaxRows(long rows) {
        return new ServeOptions(host, port, allowUpdate, timeout, rows, maxQueryBytes, maxUpdateBytes, passwordFile);
    }

    public ServeOptions withHost(String newHost) {
        return new ServeOptions(newHost, port, allowUpdate, timeout, maxRows, maxQueryBytes, maxUpdateBytes, passwordFile);
    }

    public ServeOptions withMaxBytes(long query, long update) {
        return new ServeOptions(host, port, allowUpdate, timeout, maxRows, query, update, passwordFile);
    }

    /** Updates allowed to the users of {@code file}. */
    public ServeOptions withPasswordFile(Path file) {
        return new ServeOptions(host, port, true, timeout, maxRows, maxQueryBytes, maxUpdateBytes, file);
    }

    /** The host names a loopback interface: {@code localhost}, {@code 127.x.x.x}, {@code ::1}. */
    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
