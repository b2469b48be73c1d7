package org.diplograph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Files from the classpath: the page ({@code web/}) and the WebJars ({@code META-INF/resources/webjars/}). Only
 * plain names of known types resolve (no {@code ..}, no dot files, no directories); everything else is 404. The page
 * replaces {@link RequestGuard}'s Content-Security-Policy with its own, which lets it load its scripts.
 */
final class StaticFiles extends HttpServlet {
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_][A-Za-z0-9._-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png",
            "json", "application/json", "ico", "image/x-icon");
    /** The page's scripts come only from this server; the chart library sets inline styles. */
    private static final String CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private final String base;
    private final boolean immutable;

    private StaticFiles(String base, boolean immutable) {
        this.base = base;
        this.immutable = immutable;
    }

    /** The page: {@code /} is {@code web/index.html}, {@code /app/x} is {@code web/x}. */
    static StaticFiles page() {
        return new StaticFiles("web", false);
    }

    /** Versioned WebJar files: {@code /webjars/echarts/5.3.1/dist/echarts.min.js}. */
    static StaticFiles webjars() {
        return new StaticFiles("META-INF/resources/webjars", true);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null || path.equals("/"))
            path = "/index.html";
        String type = SAFE_PATH.matcher(path).matches() ? TYPES.get(path.substring(path.lastIndexOf('.') + 1)) : null;
        URL url = type == null ? null : StaticFiles.class.getClassLoader().getResource(base + path);
        if (url == null) {
            resp.sendError(404, "not found");
            return;
        }
        resp.setContentType(type);
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("Cache-Control", immutable ? "public, max-age=86400" : "no-cache");
        try (InputStream in = url.openStream()) {
            in.transferTo(resp.getOutputStream());
        }
    }
}
