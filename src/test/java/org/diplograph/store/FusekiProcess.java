package org.diplograph.store;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A Fuseki server as a process of its own (its own JVM), as a user would run it: a TDB2 dataset with the union
 * default graph, update enabled, on localhost. {@link #start} launches it; {@link #main} is the child.
 */
final class FusekiProcess implements AutoCloseable {
    private final Process process;
    final int port;

    private FusekiProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    String datasetUrl() {
        return "http://localhost:" + port + "/ds";
    }

    static FusekiProcess start(Path databaseDir, int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                FusekiProcess.class.getName(), databaseDir.toString(), Integer.toString(port)))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive())
                throw new IllegalStateException("Fuseki process exited with " + p.exitValue());
            try (Socket s = new Socket("localhost", port)) {
                return new FusekiProcess(p, port);
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("Fuseki did not start within 60 s");
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    public static void main(String[] args) {
        Dataset dataset = TDB2Factory.connectDataset(args[0]);
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
        FusekiServer.create().loopback(true).port(Integer.parseInt(args[1])).add("/ds", dataset, true).build().start().join();
    }
}
