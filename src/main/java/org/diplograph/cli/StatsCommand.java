package org.diplograph.cli;

import java.util.concurrent.Callable;

import org.diplograph.query.StoreStatistics;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts articles, countries, persons, officials, meetings, statements, relations and triples.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Override
    public Integer call() {
        try (GraphStore store = storeOptions.open()) {
            var out = spec.commandLine().getOut();
            StoreStatistics.counts(store).forEach((name, n) -> out.printf("%-11s %d%n", name, n));
            out.printf("%-11s %d%n", "triples", StoreStatistics.tripleCount(store));
            out.println("store       " + store.describe());
        }
        return 0;
    }
}
