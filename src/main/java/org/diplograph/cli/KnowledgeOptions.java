package org.diplograph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
     * The user's tables read and checked with the bundled one, a line on {@code err} saying what they added. Without
     * user tables nothing is loaded: no extraction step reads the table yet (the linking of persons, issue 12, will),
     * so ingest and extract do not pay its load for nothing.
     */
    void check(PrintWriter err) {
        if (files.isEmpty())
            return;
        OfficeHolders holders = OfficeHolders.load(files);
        int bundled = OfficeHolders.bundled().holdingCount();
        err.println("knowledge: " + (holders.holdingCount() - bundled) + " rows from " + files.size()
                + (files.size() == 1 ? " table" : " tables") + " added to the " + bundled + " bundled; "
                + holders.persons().size() + " persons");
        err.flush();
    }
}
