package org.diplograph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.ResultSetRewindable;
import org.diplograph.query.NamedQueries;
import org.diplograph.query.NamedQuery;
import org.diplograph.query.QueryParameter;
import org.diplograph.query.QueryRunner;
import org.diplograph.query.ReadableTable;
import org.diplograph.query.StoreCountries;
import org.diplograph.query.StoreStatistics;
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
                + "country-mentions, relations-by-year, relation-summary, stats, network, pair-timeline) or a .rq "
                + "file. Parameters are bound as RDF terms; country codes are checked against the store. The table "
                + "shows the columns a person reads, fitted to the terminal; csv, tsv and json have them all.",
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:the answer was printed (it may have no rows)", "1:the query failed",
                "2:usage error: no such query, no such parameter, a value not of its type, an unknown country code"})
final class QueryCommand implements Callable<Integer> {
    private static final Pattern DEFAULT = Pattern.compile("([\\w-]+) \\(default\\)");

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

    @Option(names = "--full", description = "The table with every column and every value whole, at any width.")
    boolean full;

    @Option(names = "--width", paramLabel = "N", description = "Fit the table to N columns (default: the terminal's "
            + "width, else " + Terminal.DEFAULT_WIDTH + "; 0: any).")
    Integer width;

    @Override
    public Integer call() {
        NamedQuery named = NamedQueries.load(query);
        named.bind(params); // unknown names and ill-typed values are refused before the store is opened
        try (GraphStore store = storeOptions.open()) {
            StoreCountries countries = checkCountries(store, named);
            ResultSetRewindable rows = QueryRunner.select(store, named, params);
            PrintWriter out = spec.commandLine().getOut();
            if (format == QueryRunner.Format.TABLE) {
                out.print(ReadableTable.render(rows, named.shown(), width != null ? width : Terminal.width(), full));
                if (rows.size() == 0)
                    out.print(lookedFor(store, named, countries));
                out.flush();
            } else {
                print(spec, rows, format);
                if (rows.size() == 0) {
                    spec.commandLine().getErr().print(lookedFor(store, named, countries));
                    spec.commandLine().getErr().flush();
                }
            }
        }
        return ExitCodes.OK;
    }

    /** The store's countries when a country parameter is given, each such value checked against them; else null. */
    private StoreCountries checkCountries(GraphStore store, NamedQuery named) {
        StoreCountries countries = null;
        for (Map.Entry<String, String> e : params.entrySet()) {
            if (named.parameter(e.getKey()).map(QueryParameter::type).orElse(null) != QueryParameter.Type.COUNTRY)
                continue;
            if (countries == null)
                countries = StoreCountries.known(store);
            countries.check(e.getKey(), e.getValue(), store);
        }
        return countries;
    }

    /**
     * What an empty answer looked for: the query's question, the values it was asked with (and the defaults it
     * used), how many articles the store holds, and for a country asked for that no article names, which ones
     * the articles do name.
     */
    private String lookedFor(GraphStore store, NamedQuery named, StoreCountries countries) {
        List<String> asked = new ArrayList<>();
        params.forEach((k, v) -> asked.add(k + "=" + v));
        for (QueryParameter p : named.parameters()) {
            Matcher d = DEFAULT.matcher(p.description());
            if (!params.containsKey(p.name()) && d.find())
                asked.add(p.name() + "=" + d.group(1) + " (default)");
        }
        long articles = StoreStatistics.counts(store).getOrDefault("articles", 0L);
        StringBuilder s = new StringBuilder("No rows for " + named.name()
                + (named.summary().isEmpty() ? "" : " (" + named.summary().replaceFirst("\\.$", "") + ")")
                + (asked.isEmpty() ? "" : " with " + String.join(", ", asked)) + ". The store holds "
                + articles + (articles == 1 ? " article" : " articles") + ".\n");
        if (countries != null && articles > 0) {
            StoreCountries counted = countries.counted(store);
            params.values().stream().map(counted::byCode).flatMap(java.util.Optional::stream)
                    .filter(c -> c.articles() == 0).distinct().forEach(c -> s.append(c)
                            .append(" is named in none of them; they name most: ")
                            .append(StoreCountries.list(counted.mostNamed(8))).append(".\n"));
        }
        return s.toString();
    }

    static void print(CommandSpec spec, ResultSetRewindable rows, QueryRunner.Format format) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        QueryRunner.write(rows, format, buffer);
        spec.commandLine().getOut().print(buffer.toString(StandardCharsets.UTF_8));
        spec.commandLine().getOut().flush();
    }
}
