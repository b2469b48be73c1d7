package org.diplograph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.diplograph.cli.DiplographCommand;
import org.diplograph.pipeline.IngestJob;

/**
 * A {@code diplograph} command in a JVM of its own, as a user runs it, with the cheap CoreNLP profile
 * ({@code -Ddiplograph.nlp=fast}). Its output is read as it comes, to tell when CoreNLP has loaded, where a server
 * listens, and when writes begin and end: an ingest's write transactions (IngestJob's debug lines) or a server's
 * SPARQL Update requests (Fuseki's request log).
 */
final class ChildDiplograph {
    private static final Pattern SERVING = Pattern.compile("^diplograph: serving .* at (http://\\S+/)$");
    private static final Pattern UPDATE_BEGUN = Pattern.compile("Fuseki - \\[(\\d+)\\] Update$");
    private static final Pattern REQUEST_ENDED = Pattern.compile("Fuseki - \\[(\\d+)\\] \\d{3} ");
    /**
     * C1 only and the serial collector: a short-lived JVM spends less CPU on JIT and GC threads (4 s instead of 7 s
     * to start here, and less per article for a few hundred), which lets the kills fit in CI's time.
     */
    private static final List<String> SHORT_LIVED = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private final Process process;
    private final long started = System.nanoTime();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile long loadedAt;
    private final CountDownLatch listening = new CountDownLatch(1);
    private volatile String url;
    private volatile long lastOutputAt = System.nanoTime();
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    /** Writes begun and ended: IngestJob's write transactions, or the server's update requests. */
    private final AtomicInteger writesBegun = new AtomicInteger(), writesEnded = new AtomicInteger();
    private final Set<String> updateRequests = ConcurrentHashMap.newKeySet();

    private final Thread reader;

    private ChildDiplograph(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-diplograph-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** {@code diplograph ingest --store STORE CORPUS [--force]}, in a short-lived JVM. */
    static ChildDiplograph ingest(Path store, Path corpus, boolean force) throws IOException {
        List<String> args = new ArrayList<>(List.of("ingest", "--store", store.toString(), corpus.toString()));
        if (force)
            args.add("--force");
        List<String> jvm = new ArrayList<>(SHORT_LIVED);
        jvm.add("-Dorg.slf4j.simpleLogger.log." + IngestJob.class.getName() + "=debug");
        return start(jvm, args);
    }

    /**
     * {@code diplograph serve --store STORE --allow-update --port 0} (a free loopback port; see {@link #awaitUrl}).
     * With {@code watchUpdates}, in a short-lived JVM that logs each request, so that {@link #writing} tells when an
     * update request is being served; without, in the JVM's default JIT and collector, as {@code bin/diplograph}
     * runs it, and quiet.
     */
    static ChildDiplograph serve(Path store, boolean watchUpdates, String... options) throws IOException {
        List<String> jvm = new ArrayList<>();
        if (watchUpdates) {
            jvm.addAll(SHORT_LIVED);
            jvm.add("-Dorg.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki=info");
        }
        return serve(store, jvm, options);
    }

    /** {@code diplograph serve --store STORE --allow-update --port 0} with these JVM options (e.g. a small heap). */
    static ChildDiplograph serve(Path store, List<String> jvm, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("serve", "--store", store.toString(), "--allow-update", "--port", "0"));
        args.addAll(List.of(options));
        return start(jvm, args);
    }

    /** Any other command, e.g. {@code bench --serve-load URL}, in the JVM's default JIT and collector. */
    static ChildDiplograph command(String... args) throws IOException {
        return start(List.of(), List.of(args));
    }

    /** Any other command in a short-lived JVM. */
    static ChildDiplograph shortLived(String... args) throws IOException {
        return start(SHORT_LIVED, List.of(args));
    }

    private static ChildDiplograph start(List<String> jvmOptions, List<String> args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1500m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Ddiplograph.nlp=fast", "-Ddiplograph.debug=true",
                "-cp", System.getProperty("java.class.path"), DiplographCommand.class.getName()));
        command.addAll(args);
        return new ChildDiplograph(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.add(line);
                lastOutputAt = System.nanoTime();
                Matcher m;
                if (line.contains("CoreNLP pipeline") && line.contains("loaded in")) {
                    loadedAt = System.nanoTime();
                    loaded.countDown();
                } else if ((m = SERVING.matcher(line)).find()) {
                    url = m.group(1);
                    listening.countDown();
                } else if (line.contains("IngestJob - writing ")) {
                    writesBegun.incrementAndGet();
                } else if (line.contains("IngestJob - wrote ")) {
                    writesEnded.incrementAndGet();
                } else if ((m = UPDATE_BEGUN.matcher(line)).find()) {
                    updateRequests.add(m.group(1));
                    writesBegun.incrementAndGet();
                } else if ((m = REQUEST_ENDED.matcher(line)).find() && updateRequests.remove(m.group(1))) {
                    writesEnded.incrementAndGet();
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
    }

    /** Waits until CoreNLP has loaded or the process ended; true if it loaded. */
    boolean awaitLoaded(long timeoutSeconds) throws InterruptedException {
        return await(loaded, timeoutSeconds);
    }

    /** Waits until the server listens; its URL (e.g. {@code http://127.0.0.1:41939/}), or an error with its output. */
    String awaitUrl(long timeoutSeconds) throws InterruptedException {
        if (!await(listening, timeoutSeconds))
            throw new AssertionError("the server did not start:\n" + tail());
        return url;
    }

    private boolean await(CountDownLatch latch, long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (latch.await(100, TimeUnit.MILLISECONDS))
                return true;
            if (!process.isAlive()) {
                reader.join(10_000);
                return latch.getCount() == 0;
            }
        }
        return false;
    }

    /** Waits until the next write begins (true) or the process ends or time is up (false). */
    boolean awaitNextWrite(double timeoutSeconds) throws InterruptedException {
        return awaitWrites(writesBegun.get() + 1, timeoutSeconds);
    }

    /** Waits until {@code n} writes have begun since the start (true) or the process ends or time is up (false). */
    boolean awaitWrites(int n, double timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (writesBegun.get() >= n)
                return true;
            Thread.sleep(5);
        }
        return false;
    }

    /** Waits until it has printed nothing for {@code millis} (a server done with its requests), at most 10 s. */
    void awaitQuiet(long millis) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() - lastOutputAt < TimeUnit.MILLISECONDS.toNanos(millis) && System.nanoTime() < deadline)
            Thread.sleep(20);
    }

    /** True while a write has begun and not ended, as far as the output read so far tells. */
    boolean writing() {
        return writesBegun.get() > writesEnded.get();
    }

    /** Writes begun so far. */
    int writes() {
        return writesBegun.get();
    }

    /** Seconds from start to CoreNLP loaded; NaN if it did not load. */
    double loadSeconds() {
        return loaded.getCount() == 0 ? (loadedAt - started) / 1e9 : Double.NaN;
    }

    double secondsSinceStart() {
        return (System.nanoTime() - started) / 1e9;
    }

    double secondsSinceLoaded() {
        return (System.nanoTime() - loadedAt) / 1e9;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly} is kill -9), then waits for it to be gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        reader.join(10_000);
    }

    /** SIGTERM, as Ctrl-C stops a server (its shutdown hook closes it); SIGKILL if it is not gone in time. */
    void stop(long timeoutSeconds) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS))
            kill();
        reader.join(10_000);
    }

    /** Waits for a normal exit; the exit code, or -1 after killing a process that did not end in time. */
    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            reader.join(10_000);
            return process.exitValue();
        }
        kill();
        return -1;
    }

    /** All it printed so far. */
    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    /** Its error lines (with the first stack trace) and the last lines it printed, for failure messages. */
    String tail() {
        synchronized (output) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < output.size() && lines.size() < 60; i++) {
                String l = output.get(i);
                if (l.startsWith("diplograph:") || l.startsWith("error:") || l.startsWith("Exception")) {
                    lines.add(l);
                    for (int k = i + 1; k < output.size() && output.get(k).startsWith("\t") && lines.size() < 60; k++)
                        lines.add(output.get(k));
                }
            }
            lines.add("...");
            lines.addAll(output.subList(Math.max(0, output.size() - 10), output.size()));
            return String.join("\n", lines);
        }
    }
}
