package org.diplograph.bench;

import java.util.List;
import java.util.concurrent.Callable;

import org.diplograph.cli.ToolCommand;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph bench PATH...}: how fast the ingest path runs here, beside plain CoreNLP. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Times read → extract → store on a corpus into a fresh temporary TDB2 store, with the time "
                + "per stage, peak heap and RSS, and a plain CoreNLP ner pipeline on the same articles as baseline.")
public final class BenchCommand implements Callable<Integer>, ToolCommand {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus for the ingest benchmark.")
    List<String> paths;

    @Option(names = "--queries", paramLabel = "ARTICLES",
            description = "Instead: load ARTICLES synthetic article graphs and time the named queries.")
    Integer queryArticles;

    @Option(names = "--runs", defaultValue = "50", description = "Query runs per query (with --queries).")
    int runs;

    @Option(names = "--write-articles", defaultValue = "10000", paramLabel = "N",
            description = "With --queries: how many of the articles also go through the normal write path to time "
                    + "it (default ${DEFAULT-VALUE}); all of them are bulk loaded for the queries.")
    int writeArticles;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "With --queries: time the write path into this SPARQL 1.1 dataset (e.g. a Fuseki or "
                    + "`diplograph serve --allow-update`) instead of a local TDB2 store.")
    String endpoint;

    @Option(names = "--generate", paramLabel = "ARTICLES",
            description = "Instead: write ARTICLES synthetic articles as JSON Lines to --output (for large ingests).")
    Integer generate;

    @Option(names = "--output", paramLabel = "FILE", description = "Output file for --generate.")
    java.nio.file.Path output;

    @Option(names = "--serve-load", paramLabel = "URL",
            description = "Instead: load-test a running `diplograph serve` at URL (e.g. http://127.0.0.1:3030/): "
                    + "--clients clients send the named queries with random parameters, through /api/ and as SPARQL, "
                    + "for --seconds; exit 1 if any request failed (a 503 for a query that timed out is no failure) "
                    + "or none was answered.")
    java.net.URI serveLoad;

    @Option(names = "--clients", defaultValue = "50", description = "Concurrent clients for --serve-load (default 50).")
    int clients;

    @Option(names = "--heavy-clients", defaultValue = "0", paramLabel = "N",
            description = "With --serve-load: N of the clients send only a deliberately heavy SPARQL query (a cross "
                    + "join), which the server's --timeout must stop while the others are answered (default 0).")
    int heavyClients;

    @Option(names = "--seconds", defaultValue = "60", description = "How long --serve-load runs (default 60).")
    int seconds;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of --serve-load's random parameters (default 1).")
    long seed;

    @Option(names = "--limit", defaultValue = "0", description = "Use at most N articles (0: all).")
    int limit;

    @Option(names = "--threads", description = "Extraction threads (default: one per core, plus one).")
    Integer threads;

    @Option(names = "--parse-speech", description = "Bench the extractor that also dependency-parses speech.")
    boolean parseSpeech;

    @Option(names = "--no-baseline", description = "Skip the plain CoreNLP baseline.")
    boolean noBaseline;

    @Override
    public Integer call() throws Exception {
        if (generate != null) {
            if (output == null)
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--generate needs --output FILE");
            SyntheticArticles.writeJsonLines(generate, output);
            spec.commandLine().getOut().println("wrote " + generate + " synthetic articles to " + output);
            return 0;
        }
        if (serveLoad != null) {
            if (clients < 1 || seconds < 1)
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--clients and --seconds must be at least 1");
            if (heavyClients < 0 || heavyClients >= clients)
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--heavy-clients must be at least 0 and fewer than --clients");
            ServeLoadBenchmark load = new ServeLoadBenchmark(serveLoad, clients, heavyClients, java.time.Duration.ofSeconds(seconds),
                    seed, spec.commandLine().getOut());
            return load.run().passed() ? 0 : 1;
        }
        if (queryArticles != null) {
            java.nio.file.Path store = java.nio.file.Files.createTempDirectory("diplograph-query-bench");
            try {
                new QueryBenchmark(queryArticles, writeArticles, runs, spec.commandLine().getOut()).run(store, endpoint);
            } finally {
                org.apache.commons.io.FileUtils.deleteDirectory(store.toFile());
            }
            return 0;
        }
        if (paths == null || paths.isEmpty())
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "PATH..., --queries N, --generate N or --serve-load URL required");
        int n = threads != null ? threads : org.diplograph.pipeline.IngestOptions.defaultThreads();
        new IngestBenchmark(paths, limit, n, spec.commandLine().getOut(), parseSpeech).run(!noBaseline);
        return 0;
    }
}
