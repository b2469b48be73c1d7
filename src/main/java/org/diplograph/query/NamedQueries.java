package org.diplograph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The ready-made queries shipped in {@code queries/} (on the classpath under {@code queries/}), and query files
 * given by path.
 */
public final class NamedQueries {
    /** The queries every release ships; their output variables are a public contract. */
    public static final List<String> BUILT_IN = List.of("who-met-whom", "statements", "officials",
            "country-relations", "country-mentions", "relations-by-year", "relation-summary", "stats", "network",
            "pair-timeline");

    private NamedQueries() {
    }

    /** A built-in query by name, or a {@code .rq} file by path. */
    public static NamedQuery load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".rq") && !Files.isRegularFile(path))
            throw new QueryParameterException("no query file " + path);
        if (nameOrPath.endsWith(".rq")) {
            try {
                String name = path.getFileName().toString().replaceFirst("\\.rq$", "");
                return NamedQuery.parse(name, Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new QueryException("cannot read " + path + ": " + e.getMessage(), e);
            }
        }
        return builtIn(nameOrPath);
    }

    public static NamedQuery builtIn(String name) {
        try (InputStream in = NamedQueries.class.getResourceAsStream("/queries/" + name + ".rq")) {
            if (in == null) {
                String suggestion = Suggestions.didYouMean(Suggestions.nearest(name, BUILT_IN));
                throw new QueryParameterException("no query named '" + name + "'; "
                        + (suggestion.isEmpty() ? "" : suggestion + " ") + "Built-in queries: "
                        + String.join(", ", BUILT_IN) + "; or give a .rq file");
            }
            return NamedQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
