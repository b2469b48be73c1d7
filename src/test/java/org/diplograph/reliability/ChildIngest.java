package org.diplograph.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.diplograph.cli.DiplographCommand;
import org.diplograph.pipeline.IngestJob;

/**
 * {@code diplograph ingest} in a JVM of its own, as a user runs it, with the cheap CoreNLP profile
 * ({@code -Ddiplograph.nlp=fast}). Its output is read as it comes, to tell when CoreNLP has loaded.
 */
final class ChildIngest {
    private final Process process;
    private final long started = System.nanoTime();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile long loadedAt;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    /** Write transactions begun and ended, from IngestJob's debug lines. */
    private final AtomicInteger writesBegun = new AtomicInteger(), writesEnded = new AtomicInteger();

    private final Thread reader;

    private ChildIngest(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "child-ingest-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildIngest start(Path store, Path corpus, boolean force) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only and the serial collector: a short-lived JVM spends less CPU on JIT and GC threads (4 s instead of
        // 7 s to start here, and less per article for a few hundred), which lets the kills fit in CI's time.
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1500m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-Ddiplograph.nlp=fast", "-Ddiplograph.debug=true",
                "-Dorg.slf4j.simpleLogger.log." + IngestJob.class.getName() + "=debug",
                "-cp", System.getProperty("java.class.path"), DiplographCommand.class.getName(),
                "ingest", "--store", store.toString(), corpus.toString()));
        if (force)
            command.add("--force");
        return new ChildIngest(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                output.add(line);
                if (line.contains("CoreNLP pipeline") && line.contains("loaded in")) {
                    loadedAt = System.nanoTime();
                    loaded.countDown();
                } else if (line.contains("IngestJob - writing ")) {
                    writesBegun.incrementAndGet();
                } else if (line.contains("IngestJob - wrote ")) {
                    writesEnded.incrementAndGet();
                }
            }
        } catch (IOException e) {
            // the process was killed: its output ends here
        }
    }

    /** Waits until CoreNLP has loaded or the process ended; true if it loaded. */
    boolean awaitLoaded(long timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (System.nanoTime() < deadline) {
            if (loaded.await(100, TimeUnit.MILLISECONDS))
                return true;
            if (!process.isAlive())
                return loaded.getCount() == 0;
        }
        return false;
    }

    /** Waits until the next write transaction begins (true) or the process ends or time is up (false). */
    boolean awaitNextWrite(double timeoutSeconds) throws InterruptedException {
        int before = writesBegun.get();
        long deadline = System.nanoTime() + (long) (timeoutSeconds * 1e9);
        while (System.nanoTime() < deadline && process.isAlive()) {
            if (writesBegun.get() > before)
                return true;
            Thread.sleep(5);
        }
        return false;
    }

    /** True while a write transaction has begun and not ended, as far as the output read so far tells. */
    boolean writing() {
        return writesBegun.get() > writesEnded.get();
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

    /** Waits for a normal exit; the exit code, or -1 after killing a process that did not end in time. */
    int waitFor(long timeoutSeconds) throws InterruptedException {
        if (process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            reader.join(10_000);
            return process.exitValue();
        }
        kill();
        return -1;
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
