package org.diplograph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.diplograph.export.GraphExport;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code diplograph export}: the whole graph as Turtle (default), TriG, N-Quads or JSON-LD. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the store as RDF: turtle (union of all graphs, default), trig, nquads or jsonld.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Option(names = "--format", defaultValue = "turtle", description = "turtle (default), trig, nquads or jsonld.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
        GraphExport.Format fmt = GraphExport.Format.parse(format);
        try (GraphStore store = storeOptions.open()) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                GraphExport.write(store, fmt, out);
                out.flush();
            } else {
                if (output.getParent() != null)
                    Files.createDirectories(output.getParent());
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(output))) {
                    GraphExport.write(store, fmt, out);
                }
            }
        }
        return 0;
    }
}
