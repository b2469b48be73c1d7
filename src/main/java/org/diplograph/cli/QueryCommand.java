package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryRunner;
import org.diplograph.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code diplograph query NAME|FILE.rq}: run a ready-made or own query with bound parameters. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Runs a named query (who-met-whom, statements, officials, country-relations, "
                + "country-mentions, relations-by-year, relation-summary, stats) or a .rq file. Parameters are bound as RDF terms.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions = new StoreOptions();

    @Parameters(index = "0", paramLabel = "NAME|FILE.rq")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A parameter declared by the query.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "TABLE", description = "table (default), csv, tsv or json.")
    QueryRunner.Format format;

    @Override
    public Integer call() {
        NamedQuery named = NamedQueries.load(query);
        try (GraphStore store = storeOptions.open()) {
            ResultSetRewindable rows = QueryRunner.select(store, named, params);
            print(spec, rows, format);
        }
        return 0;
    }

    static void print(CommandSpec spec, ResultSetRewindable rows, QueryRunner.Format format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QueryRunner.write(rows, format, buffer);
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
    }
}
