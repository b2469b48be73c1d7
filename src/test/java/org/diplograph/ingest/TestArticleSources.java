package org.diplograph.ingest;

import org.diplograph.facts.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestArticleSources {
    @TempDir
    Path dir;

    private CollectingSink read(ArticleSources sources, Path... paths) {
        CollectingSink sink = new CollectingSink();
        sources.read(Arrays.stream(paths).map(Path::toString).toList(), sink);
        return sink;
    }

    private CollectingSink read(Path... paths) {
        return read(new ArticleSources(), paths);
    }

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    @Test
    void folderIsWalkedInNameOrderSkippingHiddenAndReportingNonArticles() throws IOException {
        write("b/second.txt", "Second title\n\nSecond body.");
        write("a/first.txt", "First title\n\nFirst body.");
        write("a/nested/third.html", "<article><p>Third body.</p></article>");
        write("a/.hidden.txt", "Hidden title\n\nNever read.");
        write(".git/config.txt", "Hidden folder\n\nNever read.");
        write("a/photo.png", new byte[] {1, 2, 3});

        CollectingSink sink = read(dir);
        assertEquals(List.of("First title", "", "Second title"), sink.articles.stream().map(Article::title).toList());
        assertEquals(dir.resolve("a/first.txt").toString(), sink.articles.get(0).path());
        assertEquals(1, sink.problems.size());
        assertEquals(dir.resolve("a/photo.png").toString(), sink.problems.get(0).path());
        assertTrue(sink.problems.get(0).message().contains(".png"));
    }

    @Test
    void missingPathIsAProblemAndTheRestGoesOn() throws IOException {
        Path good = write("good.txt", "A title\n\nA body.");
        CollectingSink sink = read(dir.resolve("missing.txt"), good);
        assertEquals("no such file or folder", sink.problems.get(0).message());
        assertEquals(1, sink.articles.size());
    }

    @Test
    void unreadableFileIsAProblem() throws IOException {
        Path locked = write("locked.txt", "A title\n\nA body.");
        locked.toFile().setReadable(false, false);
        assumeFalse(Files.isReadable(locked), "this user reads everything (root)");
        assertEquals("cannot read: permission denied", read(locked).onlyProblem().message());
    }

    @Test
    void symbolicLinkLoopIsReportedOnce() throws IOException {
        write("news/story.txt", "A title\n\nA body.");
        try {
            Files.createSymbolicLink(dir.resolve("news/loop"), dir.resolve("news"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here");
        }
        CollectingSink sink = read(dir);
        assertEquals(1, sink.articles.size());
        assertEquals(1, sink.problems.size());
        assertTrue(sink.problems.get(0).message().startsWith("folder already read"), sink.problems.get(0).message());
    }

    @Test
    void documentProblems() throws IOException {
        Path empty = write("empty.txt", new byte[0]);
        Path blank = write("blank.txt", " \n\t\n");
        Path png = write("image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0});
        Path latin1 = write("latin1.txt", "Title\n\nLe caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        CollectingSink sink = read(empty, blank, png, latin1);
        assertEquals(List.of("empty file", "whitespace only", "binary file (looks like PNG)",
                        "not valid UTF-8 at byte 13; re-encode the file as UTF-8"),
                sink.problems.stream().map(ReadProblem::message).toList());
        assertEquals(List.of(), sink.articles);
    }

    @Test
    void utf16WithBomAndCrlf() throws IOException {
        byte[] body = "Envoys meet\r\n\r\nThe envoys met.\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        Article a = read(write("utf16.txt", bytes)).only();
        assertEquals("Envoys meet", a.title());
        assertEquals("Envoys meet\r\n\r\nThe envoys met.", a.text());
    }

    @Test
    void formatByExtensionThenByContent() throws IOException {
        Path noExtension = write("story", "<html><body><p>Sniffed as HTML.</p></body></html>");
        Path json = write("feed.json", "{\"text\": \"Read as JSON Lines.\"}\n");
        Path txt = write("markup.txt", "<not html> is the title\n\nBody.");
        CollectingSink sink = read(noExtension, json, txt);
        assertEquals(List.of("Sniffed as HTML.", "Read as JSON Lines.", "<not html> is the title\n\nBody."),
                sink.articles.stream().map(Article::text).toList());
    }

    @Test
    void stdin() {
        byte[] jsonl = "{\"text\": \"From standard input.\"}\n".getBytes(StandardCharsets.UTF_8);
        CollectingSink sink = new CollectingSink();
        new ArticleSources().withStdin(new ByteArrayInputStream(jsonl)).read(List.of("-"), sink);
        Article a = sink.only();
        assertEquals("-", a.path());
        assertEquals("line 1", a.location());
    }

    @Test
    void sizeLimit() throws IOException {
        Path big = write("big.txt", "Title\n\n" + "word ".repeat(100));
        Path lines = write("big.jsonl", "{\"text\": \"" + "word ".repeat(100) + "\"}\n{\"text\": \"Short.\"}\n");
        CollectingSink sink = read(new ArticleSources().withMaxBytes(200), big, lines);
        assertEquals("larger than the 200 bytes limit for one document (507 bytes); split it or raise the limit",
                sink.problems.get(0).message());
        assertEquals("line 1", sink.problems.get(1).location());
        assertEquals(List.of("Short."), sink.articles.stream().map(Article::text).toList());
    }
}
