package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.diplograph.knowledge.OfficeHolders;

import picocli.CommandLine.Option;

/**
 * {@code --knowledge FILE}: office-holder tables of the user's own, in the CSV format of the bundled one
 * (docs/KNOWLEDGE.md), read after it. A row that cannot be read stops the command with the file and line named.
 */
final class KnowledgeOptions {
    @Option(names = "--knowledge", paramLabel = "FILE",
            description = "An office-holder table of your own (CSV as in docs/KNOWLEDGE.md; .csv.gz too), read after "
                    + "the bundled one; may be given more than once.")
    List<Path> files = new ArrayList<>();

    /**
     * The office-holder tables extraction links persons to: without user tables the bundled ones, loaded when the
     * first article needs them (once per JVM); with user tables, read and checked now with the bundled ones, a line on
     * {@code err} saying what they added, so that a bad row stops the command before any work.
     */
    Supplier<OfficeHolders> holders(PrintWriter err) {
        if (files.isEmpty())
            return OfficeHolders::bundled;
        OfficeHolders holders = OfficeHolders.load(files);
        int bundled = OfficeHolders.bundled().holdingCount();
        err.println("knowledge: " + (holders.holdingCount() - bundled) + " rows from " + files.size()
                + (files.size() == 1 ? " table" : " tables") + " added to the " + bundled + " bundled; "
                + holders.persons().size() + " persons");
        err.flush();
        return () -> holders;
    }
}
