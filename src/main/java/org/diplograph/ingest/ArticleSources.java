package org.diplograph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The entry point of ingest: reads articles from files, folders (walked recursively in name order) and stdin
 * ({@code "-"}), and streams them into an {@link ArticleSink}. The reader is chosen per file by extension (.html,
 * .htm, .xhtml: HTML; .jsonl, .ndjson, .json: JSON Lines; .txt, .text: plain text), else by the first character
 * ({@code <} HTML, <code>{</code> JSON Lines, anything else plain text). Nothing is thrown for bad input: every
 * file or line that cannot be read becomes a {@link ReadProblem} and the rest goes on. Immutable; reusable.
 *
 * <pre>{@code new ArticleSources().withMaxBytes(50L << 20).read(List.of("data/articles", "-"), sink);}</pre>
 */
public final class ArticleSources {
    /** Largest document (whole text/HTML file, or one JSON line) held in memory, unless configured otherwise. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;
    public static final String STDIN = "-";

    private final long maxBytes;
    private final InputStream stdin;

    public ArticleSources() {
        this(DEFAULT_MAX_BYTES, System.in);
    }

    private ArticleSources(long maxBytes, InputStream stdin) {
        if (maxBytes <= 0)
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        this.maxBytes = maxBytes;
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    /** The same sources with another per-document size limit, in bytes. */
    public ArticleSources withMaxBytes(long maxBytes) {
        return new ArticleSources(maxBytes, stdin);
    }

    /** The same sources reading {@code "-"} from {@code stdin} instead of {@link System#in}. */
    public ArticleSources withStdin(InputStream stdin) {
        return new ArticleSources(maxBytes, stdin);
    }

    /** Reads every path in order into {@code sink}. A folder reached twice (or through a link loop) is read once. */
    public void read(List<String> paths, ArticleSink sink) {
        DocumentReader documents = new DocumentReader(maxBytes);
        FolderWalker walker = new FolderWalker(file -> readFile(documents, file, sink), sink::problem);
        for (String path : paths) {
            if (path.equals(STDIN)) {
                readStdin(documents, sink);
                continue;
            }
            Path file;
            try {
                file = Path.of(path);
            } catch (InvalidPathException e) {
                sink.problem(new ReadProblem(path, "", "not a valid path: " + e.getReason()));
                continue;
            }
            if (Files.isDirectory(file))
                walker.walk(file);
            else if (!Files.exists(file))
                sink.problem(new ReadProblem(path, "", "no such file or folder"));
            else if (!Files.isRegularFile(file))
                sink.problem(new ReadProblem(path, "", "not a regular file"));
            else
                readFile(documents, file, sink);
        }
    }

    /**
     * About how many articles {@link #read} would yield, found without parsing (for a progress bar): one per file,
     * one per line of a JSON Lines file; -1 when a path is stdin. A text file holding several articles counts once.
     */
    public static long estimateArticles(List<String> paths) {
        long[] articles = {0};
        FolderWalker walker = new FolderWalker(file -> articles[0] += estimateArticles(file), problem -> { });
        for (String path : paths) {
            if (path.equals(STDIN))
                return -1;
            try {
                Path file = Path.of(path);
                if (Files.isDirectory(file))
                    walker.walk(file);
                else if (Files.isRegularFile(file))
                    articles[0] += estimateArticles(file);
            } catch (InvalidPathException e) {
                // read() reports it
            }
        }
        return articles[0];
    }

    private static long estimateArticles(Path file) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            if (InputFormat.of(file.getFileName().toString(), head) != InputFormat.JSON_LINES)
                return 1;
            long lines = 0;
            int last = '\n';
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                for (int i = 0; i < n; i++)
                    if (buffer[i] == '\n')
                        lines++;
                last = buffer[n - 1];
            }
            return last == '\n' ? lines : lines + 1;
        } catch (IOException | UncheckedIOException e) {
            return 1; // read() reports it
        }
    }

    private void readStdin(DocumentReader documents, ArticleSink sink) {
        try {
            documents.read(STDIN, "", stdin, -1, sink);
        } catch (IOException | UncheckedIOException e) {
            sink.problem(new ReadProblem(STDIN, "", "cannot read: " + reason(e)));
        }
    }

    private static void readFile(DocumentReader documents, Path file, ArticleSink sink) {
        String path = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            documents.read(path, file.getFileName().toString(), in, Files.size(file), sink);
        } catch (IOException | UncheckedIOException e) {
            sink.problem(new ReadProblem(path, "", "cannot read: " + reason(e)));
        }
    }

    /** A short reason for an I/O failure; the JDK's messages for these two are just the path. */
    static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException)
            return "permission denied";
        if (cause instanceof NoSuchFileException)
            return "no such file or folder";
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
