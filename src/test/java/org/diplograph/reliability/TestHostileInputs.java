package org.diplograph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.diplograph.TestFixtures;
import org.diplograph.extract.ExtractionStage;
import org.diplograph.extract.Extractor;
import org.diplograph.facts.Article;
import org.diplograph.ingest.ArticleSink;
import org.diplograph.ingest.ArticleSources;
import org.diplograph.ingest.ReadProblem;
import org.diplograph.pipeline.IngestJob;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.pipeline.IngestSummary;
import org.diplograph.pipeline.ProgressListener;
import org.diplograph.reliability.HostileCorpus.Expect;
import org.diplograph.reliability.StoreInspection.CliRun;
import org.diplograph.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile inputs of {@link HostileCorpus}: each one is read into articles or reported in one line naming the
 * file (and line or byte); the rest of the folder goes on; an ingest of the whole folder stores the good articles,
 * counts the failures in its summary and exit code, and leaves what was stored before untouched. Big inputs stay
 * within a small heap; a stuck article is abandoned at its time limit.
 */
class TestHostileInputs {
    private static final Pattern SUMMARY = Pattern.compile(
            "articles read (\\d+), stored (\\d+), skipped (\\d+) \\(unchanged\\), failed (\\d+), skipped (\\d+) "
                    + "\\(not English\\)");

    @TempDir
    static Path tmp;
    static Path corpus;

    @BeforeAll
    static void writeCorpus() throws IOException {
        corpus = tmp.resolve("hostile");
        HostileCorpus.write(corpus);
    }

    @Test
    void eachInputIsReadOrReportedInOneLineNamingIt() {
        Map<String, List<Article>> articles = new TreeMap<>();
        Map<String, List<ReadProblem>> problems = new TreeMap<>();
        long start = System.nanoTime();
        new ArticleSources().read(List.of(corpus.toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                articles.computeIfAbsent(fileName(article.path()), k -> new ArrayList<>()).add(article);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.computeIfAbsent(fileName(problem.path()), k -> new ArrayList<>()).add(problem);
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;

        for (Map.Entry<String, Expect> e : HostileCorpus.EXPECTED.entrySet()) {
            String file = e.getKey();
            Expect expect = e.getValue();
            List<ReadProblem> found = problems.getOrDefault(file, List.of());
            assertEquals(expect.articles(), articles.getOrDefault(file, List.of()).size(), file + ": articles; problems " + found);
            assertEquals(expect.readProblems().size(), found.size(), file + ": problems " + found);
            for (String wanted : expect.readProblems())
                assertTrue(found.stream().anyMatch(p -> describe(p).contains(wanted)), file + ": no problem saying '"
                        + wanted + "' in " + found);
            for (ReadProblem p : found) {
                assertTrue(p.path().equals(corpus.resolve(file).toString()), "names the file: " + p);
                assertFalse(p.toString().contains("\n") || p.toString().contains("\r"), "one line: " + p);
            }
        }
        Set<String> unexpected = new java.util.TreeSet<>(articles.keySet());
        unexpected.addAll(problems.keySet());
        unexpected.removeAll(HostileCorpus.EXPECTED.keySet());
        assertTrue(unexpected.isEmpty(), "inputs without expectations: " + unexpected);

        for (String file : List.of("utf16le-bom.txt", "utf16be-bom.html", "crlf-line-ends.txt", "cr-only-line-ends.txt"))
            assertEquals(HostileCorpus.TITLE, articles.get(file).get(0).title(), file);
        assertEquals(Arrays.asList(LocalDate.of(2099, 6, 30), LocalDate.of(1970, 1, 1), LocalDate.of(1, 1, 1), null, null),
                articles.get("dates.jsonl").stream().map(Article::published).toList(),
                "dates as written; year 0000 and February 30 are no dates");
        assertEquals(LocalDate.of(2087, 3, 1), articles.get("dated-future.txt").get(0).published());
        assertTrue(seconds < 120, "reading took " + seconds + " s");
        System.out.printf("hostile inputs: %d files read in %.1f s (%d articles, %d problems)%n",
                HostileCorpus.EXPECTED.size(), seconds, articles.values().stream().mapToInt(List::size).sum(),
                problems.values().stream().mapToInt(List::size).sum());
    }

    @Test
    void ingestStoresTheGoodReportsTheBadAndChangesNothingStored() {
        Path store = tmp.resolve("store");
        CliRun seed = CliRun.of("ingest", "--store", store.toString(), TestFixtures.SEED.toString());
        assertEquals(0, seed.exit(), seed.err());
        Map<String, Model> before;
        try (StoreInspection s = new StoreInspection(store)) {
            before = s.graphs();
        }

        long start = System.nanoTime();
        CliRun run = CliRun.of("ingest", "--store", store.toString(), corpus.toString());
        double seconds = (System.nanoTime() - start) / 1e9;

        int read = 0, stored = 0, failed = 0, skipped = 0;
        for (Map.Entry<String, Expect> e : HostileCorpus.EXPECTED.entrySet()) {
            read += e.getValue().articles();
            stored += e.getValue().stored();
            failed += e.getValue().readProblems().size() + e.getValue().refusals().size();
            skipped += e.getValue().skips().size();
            for (String wanted : concat(e.getValue().readProblems(), e.getValue().refusals()))
                assertTrue(run.err().lines().anyMatch(l -> l.startsWith("error: " + corpus.resolve(e.getKey()))
                        && l.contains(wanted)), e.getKey() + ": no error line saying '" + wanted + "' in\n" + run.err());
            for (String wanted : e.getValue().skips())
                assertTrue(run.err().lines().anyMatch(l -> l.startsWith("skipped: " + corpus.resolve(e.getKey()))
                        && l.contains(wanted)), e.getKey() + ": no skip line saying '" + wanted + "' in\n" + run.err());
        }
        assertEquals(1, run.exit(), "exit 1: something failed\n" + run.err());
        Matcher summary = SUMMARY.matcher(run.out());
        assertTrue(summary.find(), run.out());
        stored -= HostileCorpus.REPEATS;
        assertEquals(List.of(read, stored, HostileCorpus.REPEATS, failed, skipped), List.of(
                Integer.parseInt(summary.group(1)), Integer.parseInt(summary.group(2)), Integer.parseInt(summary.group(3)),
                Integer.parseInt(summary.group(4)), Integer.parseInt(summary.group(5))),
                "read, stored, unchanged, failed, not English: " + run.out() + run.err());
        assertEquals(failed, run.err().lines().filter(l -> l.startsWith("error: ")).count(), "one line per failure:\n" + run.err());
        assertEquals(skipped, run.err().lines().filter(l -> l.startsWith("skipped: ")).count(), "one line per skip:\n" + run.err());

        try (StoreInspection s = new StoreInspection(store)) {
            Map<String, Model> after = s.graphs();
            before.forEach((name, graph) -> assertTrue(graph.isIsomorphicWith(after.get(name)),
                    "graph " + name + " stored before the hostile ingest is unchanged"));
            assertEquals(before.size() + stored, after.size(), "graphs: the seed's plus one per stored article");
            assertEquals(0, s.validate().exit(), "the store validates");
        }
        assertTrue(seconds < 600, "ingest took " + seconds + " s");
        System.out.printf("hostile ingest: %d inputs, %d articles read, %d stored, %d failures reported, "
                + "store before unchanged, %.1f s%n", HostileCorpus.EXPECTED.size(), read, stored, failed, seconds);
    }

    @Test
    void bigInputsAreReadWithinASmallHeap() throws Exception {
        Path big = tmp.resolve("big");
        Files.createDirectories(big);
        // 200 MB of JSON Lines: an article, twenty 10 MB lines that are not JSON (16 KB of x, then a hole of NUL
        // bytes: sparse, so it takes little disk), an article.
        Path jsonl = big.resolve("lines-200mb.jsonl");
        byte[] good = "{\"text\": \"Pakistan and Russia met in Moscow on Monday, officials said.\"}\n".getBytes(StandardCharsets.UTF_8);
        try (RandomAccessFile out = new RandomAccessFile(jsonl.toFile(), "rw")) {
            out.write(good);
            for (int i = 0; i < 20; i++) {
                out.write("x".repeat(16 * 1024).getBytes(StandardCharsets.US_ASCII));
                out.seek(out.getFilePointer() + 10 * HostileCorpus.MB);
                out.write('\n');
            }
            out.write(good);
        }
        List<String> paths = List.of(jsonl.toString(), corpus.resolve("file-200mb.txt").toString(),
                corpus.resolve("single-line-50mb.txt").toString(), corpus.resolve("single-line-50mb.jsonl").toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ReadOnlyMain.class.getName()));
        command.addAll(paths);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "reading did not finish");
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("articles 4"), out);
        assertEquals(20, out.lines().filter(l -> l.startsWith("problem " + jsonl) && l.contains("not valid JSON")).count(), out);
        assertEquals(23, out.lines().filter(l -> l.startsWith("problem ")).count(), out);
        String peak = out.lines().filter(l -> l.startsWith("peak heap MB ")).findFirst().orElseThrow();
        System.out.printf("big inputs: 500 MB in 4 files read with -Xmx256m in %.1f s, %s%n", seconds, peak);
    }

    @Test
    void linkLoopsPipesAndFailingReadsAreReportedNotHung() throws Exception {
        Path root = tmp.resolve("links");
        Files.createDirectories(root.resolve("sub"));
        Files.writeString(root.resolve("sub/article.txt"), "Talks in Moscow\n\nRussia and China held talks in Moscow.\n");
        Files.createSymbolicLink(root.resolve("sub/back-to-root"), root);
        Files.createSymbolicLink(root.resolve("self-loop.txt"), root.resolve("self-loop.txt"));
        Files.createSymbolicLink(root.resolve("dangling.txt"), root.resolve("missing.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", root.resolve("pipe.txt").toString()).start().waitFor() == 0;
        Path mem = Path.of("/proc/self/mem");
        boolean failingRead = Files.exists(mem);
        if (failingRead)
            Files.createSymbolicLink(root.resolve("failing-read.txt"), mem);

        Map<String, String> problems = new HashMap<>();
        int[] articles = {0};
        new ArticleSources().read(List.of(root.toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                articles[0]++;
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.put(fileName(problem.path()), problem.message());
            }
        });
        assertEquals(1, articles[0], "the one article is read; " + problems);
        assertTrue(problems.get("back-to-root").startsWith("folder already read"), problems.toString());
        assertTrue(problems.get("self-loop.txt").startsWith("broken symbolic link: "), problems.toString());
        assertEquals("broken symbolic link: its target does not exist", problems.get("dangling.txt"));
        if (fifo)
            assertEquals("not a regular file", problems.get("pipe.txt"));
        if (failingRead) {
            assertTrue(problems.get("failing-read.txt").startsWith("cannot read: "), problems.toString());
            Files.delete(root.resolve("failing-read.txt"));
        }
        System.out.println("links: " + new TreeMap<>(problems));
    }

    @Test
    void unreadableFilesAndFoldersAreReported() throws Exception {
        Path root = tmp.resolve("unreadable");
        Files.createDirectories(root.resolve("locked-folder"));
        Files.writeString(root.resolve("locked-folder/inside.txt"), "Inside\n\nRussia and China held talks.\n");
        Files.writeString(root.resolve("locked.txt"), "Locked\n\nRussia and China held talks.\n");
        Files.writeString(root.resolve("open.txt"), "Open\n\nRussia and China held talks.\n");
        Files.setPosixFilePermissions(root.resolve("locked.txt"), Set.of());
        Files.setPosixFilePermissions(root.resolve("locked-folder"), Set.of());
        try {
            assumeFalse(Files.isReadable(root.resolve("locked.txt")),
                    "running as root: chmod 000 does not stop root from reading, so this case cannot be made here");
            Map<String, String> problems = new HashMap<>();
            int[] articles = {0};
            new ArticleSources().read(List.of(root.toString()), new ArticleSink() {
                @Override
                public void article(Article article) {
                    articles[0]++;
                }

                @Override
                public void problem(ReadProblem problem) {
                    problems.put(fileName(problem.path()), problem.message());
                }
            });
            assertEquals(1, articles[0]);
            assertEquals("cannot read: permission denied", problems.get("locked.txt"));
            assertEquals("cannot list folder: permission denied", problems.get("locked-folder"));
        } finally {
            Files.setPosixFilePermissions(root.resolve("locked-folder"),
                    java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aStuckArticleIsAbandonedAtItsTimeLimitAndTheRestGoesOn() throws IOException {
        Path dir = tmp.resolve("stuck");
        Files.createDirectories(dir);
        String body = "\n\nThe foreign ministers of Pakistan and Russia met in Islamabad on Wednesday, officials said.\n";
        Files.writeString(dir.resolve("a-stuck.txt"), "Stuck" + body);
        for (String name : List.of("b", "c", "d"))
            Files.writeString(dir.resolve(name + ".txt"), "Article " + name + body);
        // A stage that ignores interrupts and spins for 5 s on the stuck article: like CoreNLP in a bad case.
        ExtractionStage spinning = new ExtractionStage() {
            @Override
            public String name() {
                return "spin";
            }

            @Override
            public Set<org.diplograph.extract.Layer> requires() {
                return Set.of();
            }

            @Override
            public Set<org.diplograph.extract.Layer> produces() {
                return Set.of();
            }

            @Override
            public void process(org.diplograph.extract.ExtractionContext context) {
                if (!context.article().title().equals("Stuck"))
                    return;
                long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                while (System.nanoTime() < end)
                    Thread.interrupted();
            }
        };
        IngestOptions oneThreadOneSecond = new IngestOptions(32, false, 200_000, 1, 1);
        IngestSummary summary;
        long start = System.nanoTime();
        try (GraphStore store = GraphStore.embedded(tmp.resolve("stuck-store"))) {
            summary = new IngestJob(new Extractor(List.of(spinning)), store, oneThreadOneSecond, ProgressListener.NONE)
                    .run(List.of(dir.toString()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(3, summary.stored(), "the articles queued behind the stuck one get a thread of their own: "
                + summary.problems());
        assertEquals(1, summary.failed());
        assertEquals(dir.resolve("a-stuck.txt") + ": extraction took longer than 1 s and was abandoned",
                summary.problems().get(0));
        System.out.printf("time limit: stuck article abandoned after 1 s, 3 others stored, %.1f s in all%n", seconds);
    }

    @Test
    void aFileOfBadLinesIsGivenUpAndTheSummaryListsAThousandProblemsAtMost() throws IOException {
        Path dir = tmp.resolve("csv");
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("country,capital\n");
        for (int i = 0; i < 5000; i++)
            csv.append("country ").append(i).append(",capital ").append(i).append('\n');
        Files.writeString(dir.resolve("countries.jsonl"), csv);
        IngestSummary summary;
        try (GraphStore store = GraphStore.embedded(tmp.resolve("csv-store"))) {
            summary = new IngestJob(new Extractor(List.of()), store, IngestOptions.defaults(), ProgressListener.NONE)
                    .run(List.of(dir.toString()));
        }
        assertEquals(1001, summary.failed(), "1,000 bad lines, then one problem for the rest of the file");
        assertEquals(1000, summary.problems().size());
        assertEquals(1, summary.unlisted());
        List<ReadProblem> problems = new ArrayList<>();
        new ArticleSources().read(List.of(dir.toString()), new ArticleSink() {
            @Override
            public void article(Article article) {
                throw new AssertionError("not an article: " + article);
            }

            @Override
            public void problem(ReadProblem problem) {
                problems.add(problem);
            }
        });
        assertEquals(dir.resolve("countries.jsonl") + ":line 1001: no article in the first 1000 lines: is this JSON "
                + "Lines? the rest of the file is skipped", problems.get(problems.size() - 1).toString());
    }

    private static String fileName(String path) {
        return Path.of(path).getFileName().toString();
    }

    private static String describe(ReadProblem p) {
        return p.location().isEmpty() ? p.message() : p.location() + ": " + p.message();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
