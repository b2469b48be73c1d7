package org.diplograph.serve;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * Reads what is left of a request's body once the request is answered. Fuseki refuses an update to a read-only
 * dataset without reading its body; Jetty then drops the connection after the answer, and a client that has
 * already put the connection back in its pool fails its next request ("header parser received no bytes"). Bodies
 * of a declared length up to {@value #MAX_DRAIN} bytes are read to the end so the connection stays usable; for
 * others Jetty closes it.
 */
final class RequestBodyDrain implements Filter {
    static final long MAX_DRAIN = 1 << 20;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            drain(request);
        }
    }

    private static void drain(ServletRequest request) {
        long declared = request.getContentLengthLong();
        if (declared <= 0 || declared > MAX_DRAIN)
            return;   // none, too long, or of unknown length (a slow sender would hold the thread): Jetty closes
        try {
            InputStream body = request.getInputStream();
            long left = MAX_DRAIN;
            byte[] buffer = new byte[8192];
            for (int n; left > 0 && (n = body.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; )
                left -= n;
        } catch (IOException | IllegalStateException e) {
            // The body was read as a Reader, or the client went away: nothing left for us to read.
        }
    }
}
