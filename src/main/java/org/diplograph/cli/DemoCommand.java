package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.diplograph.export.GraphExport;
import org.diplograph.pipeline.IngestOptions;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph demo}: the main job on the bundled articles, end to end. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests the bundled articles (data/articles/) into the embedded store, prints who met whom "
                + "and writes the whole graph as Turtle.")
final class DemoCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--articles", paramLabel = "DIR",
            description = "Articles to ingest (default: the bundled data/articles).")
    String articles;

    @Option(names = {"-o", "--output"}, defaultValue = "out/diplograph.ttl", paramLabel = "FILE",
            description = "Where to write the Turtle (default: out/diplograph.ttl).")
    Path output;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        try (GraphStore store = storeOptions.open()) {
            IngestCommand.run(store, List.of(articles != null ? articles : bundledArticles()), IngestOptions.defaults(), spec);
            out.println();
            out.println("Who met whom:");
            QueryCommand.print(spec, QueryRunner.select(store, NamedQueries.builtIn("who-met-whom"), Map.of()),
                    QueryRunner.Format.TABLE);
            if (output.getParent() != null)
                Files.createDirectories(output.getParent());
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output))) {
                GraphExport.write(store, GraphExport.Format.TURTLE, file);
            }
            out.println("The whole graph, as Turtle: " + output.toAbsolutePath());
        }
        return 0;
    }

    /** data/articles of the installation ({@code bin/diplograph} sets diplograph.home), else of the working folder. */
    private static String bundledArticles() {
        String home = System.getProperty("diplograph.home");
        return home != null ? Path.of(home, "data", "articles").toString() : "data/articles";
    }
}
