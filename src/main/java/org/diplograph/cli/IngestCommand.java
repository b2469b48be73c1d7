package org.diplograph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.diplograph.extract.Extractor;
import org.diplograph.knowledge.OfficeHolders;
import org.diplograph.pipeline.IngestJob;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.pipeline.IngestSummary;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph ingest PATH...}: read, extract and store articles. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Reads articles (text, HTML, JSON Lines; files, folders, or - for stdin), extracts their "
                + "facts and stores them, one named graph per article. Unchanged articles already stored are skipped, "
                + "and so are articles in another language (with a line saying so); an English article made mostly "
                + "of tables or lists is stored with a warning.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {ExitCodes.LIST_0, ExitCodes.LIST_1, ExitCodes.LIST_2, ExitCodes.LIST_3})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders (recursive), or - for stdin.")
    List<String> paths;

    @Mixin
    KnowledgeOptions knowledge = new KnowledgeOptions();

    @Mixin
    SpeechOptions speech = new SpeechOptions();

    @Option(names = "--force", description = "Re-extract articles even if stored unchanged.")
    boolean force;

    @Option(names = "--no-compact", description = "Do not compact the TDB2 store after the ingest.")
    boolean noCompact;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: one per core, plus one).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "32",
            description = "Articles per write transaction, one update request for an --endpoint (default 32).")
    int batch;

    @Override
    public Integer call() {
        if (batch < 1)
            throw new ParameterException(spec.commandLine(), "--batch must be at least 1, not " + batch);
        // Read and checked before the store opens, so that a bad row stops the command before any work.
        Supplier<OfficeHolders> holders = knowledge.holders(spec.commandLine().getErr());
        try (GraphStore store = storeOptions.open()) {
            IngestOptions options = IngestOptions.defaults().withForce(force).withBatchSize(batch);
            if (threads != null)
                options = options.withThreads(threads);
            IngestSummary summary = run(store, paths, options, spec, () -> Extractor.standard(holders, speech.parse));
            if (!noCompact && summary.stored() > 0)
                store.compact();
            return ExitCodes.of(summary.failed(), summary.otherLanguage());
        }
    }

    /**
     * Runs the ingest with a progress bar (or lines), then prints one line per warning ({@code warning: FILE:
     * mostly tables or lists...}), per article in another language ({@code skipped: FILE: not English...}) and per
     * failure ({@code error: FILE: ...}) on stderr, and the summary on stdout.
     */
    static IngestSummary run(GraphStore store, List<String> paths, IngestOptions options, CommandSpec spec) {
        return run(store, paths, options, spec, Extractor::standard);
    }

    static IngestSummary run(GraphStore store, List<String> paths, IngestOptions options, CommandSpec spec,
                             Supplier<Extractor> extractor) {
        var err = spec.commandLine().getErr();
        ConsoleProgress progress = new ConsoleProgress(err, Terminal.interactive());
        // CoreNLP loads only if an article gets as far as extraction.
        IngestJob job = new IngestJob(extractor, store, options, progress);
        IngestSummary summary = job.run(paths);
        progress.finish();
        summary.warnings().forEach(w -> err.println("warning: " + w));
        unlisted(err, "warning", summary.warned() - summary.warnings().size(), "articles with a warning");
        summary.skips().forEach(s -> err.println("skipped: " + s));
        unlisted(err, "skipped", summary.otherLanguage() - summary.skips().size(), "articles in another language");
        summary.problems().forEach(p -> err.println("error: " + p));
        unlisted(err, "error", summary.unlisted(), "failures");
        spec.commandLine().getOut().println(summary.format() + " [" + store.describe() + "]");
        spec.commandLine().getOut().flush();
        return summary;
    }

    private static void unlisted(java.io.PrintWriter err, String kind, long count, String what) {
        if (count > 0)
            err.println(kind + ": ... and " + count + " more " + what + ", counted but not listed");
    }
}
