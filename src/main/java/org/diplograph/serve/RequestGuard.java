package org.diplograph.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * What every request passes before Fuseki or a servlet of ours sees it, in this order:
 * <ol>
 * <li>TRACE is refused (it echoes the request, cookies and credentials included);
 * <li>on loopback, the Host header must name this machine, so that a page whose name an attacker rebinds to
 *     127.0.0.1 reaches nothing (DNS rebinding);
 * <li>a write (anything but a read: see {@link #isRead}) carrying an Origin, Referer or Sec-Fetch-Site of another
 *     site is refused, so that no web page can post an update; with a password file, a write must also prove a user;
 * <li>the query string and the body are bounded before anything parses them: a query's text by
 *     {@link ServeOptions#maxQueryBytes()}, a write's body by {@link ServeOptions#maxUpdateBytes()}; a body of
 *     undeclared length is refused (411), so that the bound holds before it is read;
 * <li>the parameters must decode (percent-encoding, UTF-8), and {@code stylesheet} and {@code callback}, which
 *     Fuseki would paste into its answers (an XSLT reference, a JSONP wrapper), are refused.
 * </ol>
 * Every answer carries {@code X-Content-Type-Options: nosniff} and a Content-Security-Policy (the page sets its
 * own). A refusal is a JSON error and one log line.
 */
final class RequestGuard implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(RequestGuard.class);
    /** For every answer but the page: nothing in it may load, run or be framed. */
    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private static final Set<String> REFLECTED = Set.of("stylesheet", "callback");
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final ServeOptions options;
    private final WriteCredentials credentials;

    /** @param credentials the users who may write, or null when writes need no credential */
    RequestGuard(ServeOptions options, WriteCredentials credentials) {
        this.options = options;
        this.credentials = credentials;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = new WithSecurityHeaders((HttpServletResponse) resp);
        try {
            check(request);
        } catch (Refusal refusal) {
            LOG.info("{} {} from {} refused: {} {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                    refusal.status, refusal.getMessage());
            JsonAnswers.error(response, refusal.status, refusal.getMessage(), refusal.headers);
            return;
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("TRACE") || method.equals("TRACK"))
            throw new Refusal(405, method + " is not supported", Map.of("Allow", "GET, HEAD, POST, PUT, DELETE, OPTIONS"));
        if (options.loopback())
            checkHost(request.getHeader("Host"));
        String query = request.getQueryString();
        if (query != null && query.length() > options.maxQueryBytes())
            throw new Refusal(414, "the query string is longer than " + options.maxQueryBytes() + " bytes");

        boolean read = isRead(request);
        boolean writeBody = !read && !isForm(request);
        if (writeBody)
            checkWriter(request);
        long limit = writeBody && options.allowUpdate() ? options.maxUpdateBytes() : options.maxQueryBytes();
        long length = request.getContentLengthLong();
        if (length > limit)   // RequestBodyDrain reads what is left of a body it can, so the connection stays usable
            throw new Refusal(413, "the request body (" + length + " bytes) is larger than the " + limit + " bytes "
                    + "allowed for " + (writeBody && options.allowUpdate() ? "an update" : "a query"),
                    length > RequestBodyDrain.MAX_DRAIN ? Map.of("Connection", "close") : Map.of());
        if (length < 0 && request.getHeader("Transfer-Encoding") != null)
            throw new Refusal(411, "send the body with a Content-Length", Map.of("Connection", "close"));

        Map<String, String[]> params;
        try {
            params = request.getParameterMap();
        } catch (RuntimeException e) {
            throw new Refusal(400, "the parameters are not well-formed: bad percent-encoding or not UTF-8");
        }
        for (String name : params.keySet())
            if (REFLECTED.contains(name))
                throw new Refusal(400, "the parameter '" + name + "' is not accepted");
        if (!read && !writeBody && params.containsKey("update"))
            checkWriter(request);   // an update sent as a form
    }

    /**
     * Reads: GET, HEAD, OPTIONS, and a POST of a query (its text as the body, or a form without an {@code update}
     * field; the form's fields are looked at once its size is known). Everything else may write.
     */
    private static boolean isRead(HttpServletRequest request) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"))
            return true;
        return method.equals("POST") && mediaType(request).equals("application/sparql-query");
    }

    /** A POST of a form (or of no body type, with {@code ?query=}): a query or an update, by its fields. */
    private static boolean isForm(HttpServletRequest request) {
        String type = mediaType(request);
        return request.getMethod().equalsIgnoreCase("POST")
                && (type.isEmpty() || type.equals("application/x-www-form-urlencoded"));
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null)
            return "";
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** A write must come from no web page but this server's own, and prove a user when a password file is set. */
    private void checkWriter(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none"))
            throw new Refusal(403, "writes from other sites are refused (Sec-Fetch-Site: " + site + ")");
        String origin = request.getHeader("Origin");
        String from = origin != null ? origin : request.getHeader("Referer");
        if (from != null && !sameAuthority(from, request.getHeader("Host")))
            throw new Refusal(403, "writes from other sites are refused (" + (origin != null ? "Origin" : "Referer")
                    + " is not this server)");
        if (credentials != null && credentials.user(request.getHeader("Authorization")).isEmpty())
            throw new Refusal(401, "writing needs the user name and password of a user of the server's password file",
                    Map.of("WWW-Authenticate", WriteCredentials.CHALLENGE));
    }

    /** Whether {@code url} (an Origin or a Referer) is on the host and port the request was sent to. */
    private static boolean sameAuthority(String url, String host) {
        if (host == null)
            return false;
        try {
            URI uri = new URI(url);
            if (uri.getHost() == null)
                return false;   // "null", the Origin of sandboxed frames and files
            int defaultPort = "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            String authority = uri.getHost() + (uri.getPort() < 0 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort());
            String plainHost = host.endsWith(":" + defaultPort) ? host.substring(0, host.length() - String.valueOf(defaultPort).length() - 1) : host;
            return authority.equalsIgnoreCase(plainHost);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** On loopback, the Host header must be localhost or a loopback address (a name is never looked up). */
    private static void checkHost(String host) {
        if (host == null)
            return;   // HTTP/1.0 without Host: not a browser
        String name = host.startsWith("[") ? host.substring(1, Math.max(1, host.indexOf(']')))
                : host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host;
        if (!isLoopbackName(name))
            throw new Refusal(403, "this server answers only requests for localhost, not for '" + host + "'");
    }

    private static boolean isLoopbackName(String name) {
        if (name.equalsIgnoreCase("localhost"))
            return true;
        if (!IPV4.matcher(name).matches() && !name.contains(":"))
            return false;   // a name: resolving it would ask the attacker's DNS
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A request answered with an error before it reaches Fuseki or a servlet. */
    private static final class Refusal extends RuntimeException {
        final int status;
        final Map<String, String> headers;

        Refusal(int status, String message) {
            this(status, message, Map.of());
        }

        Refusal(int status, String message, Map<String, String> headers) {
            super(message, null, false, false);
            this.status = status;
            this.headers = headers;
        }
    }

    /** Sets nosniff and the default CSP on the answer, again after a reset (an error answer resets it). */
    private static final class WithSecurityHeaders extends HttpServletResponseWrapper {
        WithSecurityHeaders(HttpServletResponse response) {
            super(response);
            set();
        }

        private void set() {
            setHeader("X-Content-Type-Options", "nosniff");
            setHeader("Content-Security-Policy", CSP);
        }

        @Override
        public void reset() {
            super.reset();
            set();
        }
    }
}
